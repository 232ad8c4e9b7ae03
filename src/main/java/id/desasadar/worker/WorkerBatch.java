package id.desasadar.worker;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Registers many workers in one statement, for a bulk import: the rows are checked before with
 * {@link WorkerRegistry#check(WorkerRequest, id.desasadar.account.Viewer, java.util.function.Predicate)}, and the NIK's unique constraint decides what is new
 * ({@code on conflict (nik) do nothing}), so a NIK registered already, or registered by someone else a
 * moment ago, is simply not inserted. One statement per batch instead of one JPA save per row.
 */
@Component
public class WorkerBatch {

	private static final String INSERT = """
			insert into worker (nik, name, birth_date, sex, phone, village_code, address, occupation, segment, sector,
			    employer_size, risk_class, monthly_income, village_role, consent_version, consented_at, created_at,
			    created_by, updated_at, updated_by)
			select r.nik, r.name, r.birth_date, r.sex, r.phone, r.village_code, r.address, r.occupation, r.segment,
			    r.sector, r.employer_size, r.risk_class, r.monthly_income, r.village_role, ?, ?, ?, ?, ?, ?
			from unnest(?::varchar[], ?::varchar[], ?::date[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
			    ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::integer[], ?::bigint[], ?::varchar[])
			    as r(nik, name, birth_date, sex, phone, village_code, address, occupation, segment, sector,
			         employer_size, risk_class, monthly_income, village_role)
			on conflict (nik) do nothing
			returning id, nik""";

	private final DataSource dataSource;
	private final WorkerRegistry registry;
	private final Clock clock;

	WorkerBatch(DataSource dataSource, WorkerRegistry registry, Clock clock) {
		this.dataSource = dataSource;
		this.registry = registry;
		this.clock = clock;
	}

	/**
	 * Inserts the workers whose NIK is not registered yet, with the current consent version, in the caller's
	 * transaction; answers the new ids by NIK. A NIK missing from the answer was registered already.
	 */
	public Map<String, Long> registerNew(List<WorkerDetails> details, String by) {
		Map<String, Long> created = new HashMap<>();
		if (details.isEmpty()) {
			return created;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			Timestamp now = Timestamp.from(clock.instant());
			int i = 1;
			insert.setString(i++, registry.consentVersion());
			insert.setTimestamp(i++, now);
			insert.setTimestamp(i++, now);
			insert.setString(i++, by);
			insert.setTimestamp(i++, now);
			insert.setString(i++, by);
			insert.setArray(i++, array(connection, "varchar", details, d -> d.nik().value()));
			insert.setArray(i++, array(connection, "varchar", details, WorkerDetails::name));
			insert.setArray(i++, array(connection, "date", details, d -> java.sql.Date.valueOf(d.birthDate())));
			insert.setArray(i++, array(connection, "varchar", details, d -> d.sex().name()));
			insert.setArray(i++, array(connection, "varchar", details, d -> d.phone() == null ? null : d.phone().e164()));
			insert.setArray(i++, array(connection, "varchar", details, WorkerDetails::villageCode));
			insert.setArray(i++, array(connection, "varchar", details, WorkerDetails::address));
			insert.setArray(i++, array(connection, "varchar", details, WorkerDetails::occupation));
			insert.setArray(i++, array(connection, "varchar", details, d -> d.segment().name()));
			insert.setArray(i++, array(connection, "varchar", details, d -> d.sector().name()));
			insert.setArray(i++, array(connection, "varchar", details,
					d -> d.employerSize() == null ? null : d.employerSize().name()));
			insert.setArray(i++, array(connection, "integer", details, WorkerDetails::riskClass));
			insert.setArray(i++, array(connection, "bigint", details, WorkerDetails::monthlyIncome));
			insert.setArray(i++, array(connection, "varchar", details, d -> d.villageRole().name()));
			try (ResultSet rows = insert.executeQuery()) {
				while (rows.next()) {
					created.put(rows.getString(2), rows.getLong(1));
				}
			}
			return created;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not register a batch of workers", ex);
		}
	}

	private static Array array(Connection connection, String type, List<WorkerDetails> details,
			Function<WorkerDetails, Object> column) throws SQLException {
		return connection.createArrayOf(type, details.stream().map(column).toArray());
	}
}
