package id.desasadar.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The import jobs, their stored files and their row errors, in SQL (V7__imports.sql). A job not yet finished is
 * held by the instance that runs it (its lease, V13): what changes a running job (its start, each chunk's
 * progress, its end) happens only while this instance still holds it, so two instances never both import it.
 */
@Component
class ImportJobs {

	/** The job is held by another instance now (this one was thought gone): what the caller did is rolled back. */
	static final class LeaseLost extends RuntimeException {
		LeaseLost(long id) {
			super("import " + id + " is held by another instance", null, false, false);
		}
	}

	static final int PART_SIZE = 1 << 20;

	private static final String COLUMNS = """
			id, kind, status, file_name, file_format, file_sha256, file_size, uploaded_by, total_rows, processed_rows,
			created, duplicates, rejected, failure, created_at, finished_at""";

	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final ImportLease lease;

	ImportJobs(JdbcTemplate jdbc, Clock clock, ImportLease lease) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.lease = lease;
	}

	/** A queued job with its file, stored in parts, held by this instance; in the caller's transaction. */
	long create(ImportKind kind, String fileName, FileFormat format, String sha256, long size, String uploadedBy,
			int totalRows, InputStream content) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var insert = connection.prepareStatement("""
					insert into import_job (kind, status, file_name, file_format, file_sha256, file_size, uploaded_by,
					    total_rows, created_at, lease_owner, lease_until)
					values (?, 'QUEUED', ?, ?, ?, ?, ?, ?, ?, ?, now() + make_interval(secs => ?))""", new String[] { "id" });
			insert.setString(1, kind.name());
			insert.setString(2, fileName);
			insert.setString(3, format.name());
			insert.setString(4, sha256);
			insert.setLong(5, size);
			insert.setString(6, uploadedBy);
			insert.setInt(7, totalRows);
			insert.setTimestamp(8, Timestamp.from(clock.instant()));
			insert.setString(9, lease.owner());
			insert.setDouble(10, lease.seconds());
			return insert;
		}, key);
		long id = key.getKey().longValue();
		try {
			byte[] part;
			int seq = 0;
			while ((part = content.readNBytes(PART_SIZE)).length > 0) {
				jdbc.update("insert into import_file_part (job_id, seq, data) values (?, ?, ?)", id, seq++, part);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return id;
	}

	Optional<ImportJob> find(long id) {
		return jdbc.query("select " + COLUMNS + " from import_job where id = ?", JOB, id).stream().findFirst();
	}

	/**
	 * Takes every unfinished job whose lease ran out (its instance stopped or died) or that has none: this instance
	 * holds them from now on. Rows another instance is claiming at the same moment are skipped, and a lease renewed
	 * meanwhile no longer matches, so each job goes to one instance only.
	 */
	List<Long> claimAbandoned() {
		List<Long> claimed = jdbc.queryForList("""
				update import_job set lease_owner = ?, lease_until = now() + make_interval(secs => ?)
				where id in (select id from import_job
				             where status in ('QUEUED', 'RUNNING') and (lease_until is null or lease_until < now())
				             order by id for update skip locked)
				returning id""", Long.class, lease.owner(), lease.seconds());
		return claimed.stream().sorted().toList();
	}

	/** This instance is alive: the leases of its unfinished jobs, queued ones included, run on. */
	int renewLeases() {
		return jdbc.update("""
				update import_job set lease_until = now() + make_interval(secs => ?)
				where lease_owner = ? and status in ('QUEUED', 'RUNNING')""", lease.seconds(), lease.owner());
	}

	/** At shutdown, with no job of this instance running: its unfinished jobs may be taken at once. */
	int releaseLeases() {
		return jdbc.update("""
				update import_job set lease_until = null
				where lease_owner = ? and status in ('QUEUED', 'RUNNING')""", lease.owner());
	}

	/** Whether this instance holds the job (and so may run it), which then counts as running. */
	boolean start(long id) {
		return jdbc.update("""
				update import_job set status = 'RUNNING', started_at = coalesce(started_at, ?),
				    lease_until = now() + make_interval(secs => ?)
				where id = ? and lease_owner = ? and status in ('QUEUED', 'RUNNING')""",
				Timestamp.from(clock.instant()), lease.seconds(), id, lease.owner()) == 1;
	}

	/**
	 * One chunk done: in the same transaction as the chunk's rows, so the counts are what was committed. The lease
	 * runs on; if another instance holds the job now, {@link LeaseLost} rolls the chunk back.
	 */
	void advance(long id, int processedRows, int created, int duplicates, List<RowError> errors) {
		int held = jdbc.update("""
				update import_job set processed_rows = ?, created = created + ?, duplicates = duplicates + ?,
				    rejected = rejected + ?, lease_until = now() + make_interval(secs => ?)
				where id = ? and lease_owner = ?""",
				processedRows, created, duplicates, (int) errors.stream().mapToInt(RowError::line).distinct().count(),
				lease.seconds(), id, lease.owner());
		if (held == 0) {
			throw new LeaseLost(id);
		}
		if (!errors.isEmpty()) {
			jdbc.batchUpdate("""
					insert into import_error (job_id, line, field, message_key, message_args, seq)
					values (?, ?, ?, ?, ?, (select count(*) from import_error where job_id = ? and line = ?))""", errors, 500,
					(statement, error) -> {
						statement.setLong(1, id);
						statement.setInt(2, error.line());
						statement.setString(3, error.field());
						statement.setString(4, error.messageKey());
						statement.setArray(5, statement.getConnection().createArrayOf("text", error.args().toArray()));
						statement.setLong(6, id);
						statement.setInt(7, error.line());
					});
		}
	}

	/** The end of a job this instance holds; its lease ends with it (the owner stays, to tell who ran it). */
	void finish(long id, ImportStatus status, String failure) {
		jdbc.update("""
				update import_job set status = ?, failure = ?, finished_at = ?, lease_until = null
				where id = ? and lease_owner = ?""", status.name(), failure, Timestamp.from(clock.instant()), id,
				lease.owner());
	}

	/** The lines of the rejected rows up to a row, to rebuild what a resumed job had seen. */
	List<Integer> rejectedLines(long id) {
		return jdbc.queryForList("select distinct line from import_error where job_id = ?", Integer.class, id);
	}

	long errorCount(long id) {
		return jdbc.queryForObject("select count(*) from import_error where job_id = ?", Long.class, id);
	}

	/** A page of row errors, in line order (the primary key serves it). */
	List<RowError> errors(long id, int offset, int limit) {
		return jdbc.query("""
				select line, field, message_key, message_args from import_error where job_id = ?
				order by line, seq offset ? limit ?""", ERROR, id, offset, limit);
	}

	/** Every row error in line order, for the CSV download. */
	void forEachError(long id, Consumer<RowError> action) {
		jdbc.query("select line, field, message_key, message_args from import_error where job_id = ? order by line, seq",
				rs -> {
					action.accept(ERROR.mapRow(rs, 0));
				}, id);
	}

	/** The stored file, read back one part at a time. */
	InputStream content(long id) {
		int parts = jdbc.queryForObject("select count(*) from import_file_part where job_id = ?", Integer.class, id);
		return new PartsInputStream(seq -> jdbc.queryForObject(
				"select data from import_file_part where job_id = ? and seq = ?", byte[].class, id, seq), parts);
	}

	private static final RowMapper<RowError> ERROR = (rs, n) -> new RowError(rs.getInt(1), rs.getString(2),
			rs.getString(3), Arrays.asList((String[]) rs.getArray(4).getArray()));

	private static final RowMapper<ImportJob> JOB = ImportJobs::job;

	private static ImportJob job(ResultSet rs, int n) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new ImportJob(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")),
				ImportStatus.valueOf(rs.getString("status")), rs.getString("file_name"),
				FileFormat.valueOf(rs.getString("file_format")), rs.getString("file_sha256"), rs.getLong("file_size"),
				rs.getString("uploaded_by"), rs.getInt("total_rows"), rs.getInt("processed_rows"), rs.getInt("created"),
				rs.getInt("duplicates"), rs.getInt("rejected"), rs.getString("failure"),
				rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant());
	}
}
