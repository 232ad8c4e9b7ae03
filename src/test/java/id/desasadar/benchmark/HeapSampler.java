package id.desasadar.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap of this JVM (application and client together) every 20 ms, keeping the peak. */
final class HeapSampler implements AutoCloseable {

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private final AtomicLong peak = new AtomicLong();
	private final Thread thread;
	private volatile boolean running = true;

	HeapSampler() {
		thread = new Thread(() -> {
			while (running) {
				peak.accumulateAndGet(used(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}, "heap-sampler");
		thread.setDaemon(true);
		thread.start();
	}

	static long used() {
		return MEMORY.getHeapMemoryUsage().getUsed();
	}

	static long max() {
		return MEMORY.getHeapMemoryUsage().getMax();
	}

	long peak() {
		return peak.get();
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		thread.join();
	}
}
