package id.desasadar.imports;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This instance's claim on the imports it runs (V13): its name, written into each job it holds, and how long a
 * claim lasts unless renewed. The name is new at every start (process, host, and a random part, as two
 * applications may share a process in tests), so a restarted instance takes its old jobs back the way any
 * other instance would, once their leases run out or were released at shutdown.
 */
@Component
class ImportLease {

	private final String owner;
	private final Duration length;

	@Autowired
	ImportLease(@Value("${desa-sadar.imports.lease:PT2M}") Duration length) {
		this(ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8), length);
	}

	ImportLease(String owner, Duration length) {
		this.owner = owner.length() > 100 ? owner.substring(owner.length() - 100) : owner;
		this.length = length;
	}

	String owner() {
		return owner;
	}

	/** For {@code make_interval(secs => ?)}. */
	double seconds() {
		return length.toMillis() / 1000.0;
	}
}
