package id.desasadar.dashboard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Business figures for monitoring, the same for every instance since they are read from the database: workers
 * registered and open enrollments, summed from the per-village aggregates (a few thousand rows, not millions).
 * A scrape while the database is away reads NaN rather than failing the whole scrape.
 */
@Component
class CoverageMeters implements MeterBinder {

	private final JdbcTemplate jdbc;

	CoverageMeters(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("desa_sadar.workers", () -> sum("select coalesce(sum(workers), 0) from district_workers"))
			.description("Workers registered, all regions").register(registry);
		Gauge.builder("desa_sadar.enrollments.open",
				() -> sum("select coalesce(sum(enrollments), 0) from district_enrollments"))
			.description("Open enrollments, all regions").register(registry);
	}

	private double sum(String sql) {
		try {
			Long value = jdbc.queryForObject(sql, Long.class);
			return value == null ? Double.NaN : value;
		}
		catch (RuntimeException databaseAway) {
			return Double.NaN;
		}
	}
}
