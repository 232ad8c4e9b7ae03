package id.desasadar.enrollment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import id.desasadar.account.Viewer;
import id.desasadar.contribution.Program;
import id.desasadar.contribution.Segment;
import id.desasadar.region.RegionCode;
import id.desasadar.worker.Nik;
import id.desasadar.worker.VillageRole;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workers listed with where their enrollment stands, one query per page: the workers of a village (with the
 * open enrollment, if any) and the enrollments made at an event. Pages that show many workers use this
 * rather than loading each worker's enrollment.
 */
@Component
public class EnrollmentRoster {

	/**
	 * One worker in a list; {@code enrollmentId}, {@code programs} and {@code status} are {@code null} or empty
	 * for a worker without an open enrollment.
	 */
	public record Entry(long workerId, String name, Nik nik, VillageRole villageRole, String villageCode,
			Long enrollmentId, Set<Program> programs, CoverageStatus status) {

		/** The NIK as this viewer may see it: in full or masked (UU 27/2022). */
		public String nikFor(Viewer viewer) {
			if (nik == null) {
				return ""; // anonymised
			}
			return viewer.seesFullNik() ? nik.value() : nik.masked();
		}
	}

	private static final String COLUMNS = """
			w.id, w.name, w.nik, w.village_role, w.village_code, w.segment, e.id as enrollment_id, e.paid_through, e.ended_on,
			(select string_agg(p.program, ',') from enrollment_program p where p.enrollment_id = e.id) as programs""";

	/** Rows fetched per round trip when streaming a whole village: memory stays flat whatever its size. */
	static final int STREAM_FETCH_SIZE = 500;

	private final JdbcTemplate jdbc;
	private final JdbcTemplate streaming;
	private final CoverageWindows windows;
	private final Clock clock;

	EnrollmentRoster(JdbcTemplate jdbc, CoverageWindows windows, Clock clock) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(jdbc.getDataSource());
		this.streaming.setFetchSize(STREAM_FETCH_SIZE);
		this.windows = windows;
		this.clock = clock;
	}

	/** The workers of a village by name, each with the open enrollment (index worker_village_idx). */
	public Page<Entry> ofVillage(String villageCode, Pageable pageable) {
		long total = jdbc.queryForObject("select count(*) from worker where village_code = ?", Long.class, villageCode);
		LocalDate today = LocalDate.now(clock);
		List<Entry> entries = jdbc.query("""
				select %s
				from worker w left join enrollment e on e.worker_id = w.id and e.ended_on is null
				where w.village_code = ?
				order by w.name, w.id limit ? offset ?""".formatted(COLUMNS),
				(rs, n) -> entry(rs, today), villageCode, pageable.getPageSize(), pageable.getOffset());
		return new PageImpl<>(entries, pageable, total);
	}

	/**
	 * Every worker of a village by name, or only those with an open enrollment, handed to {@code each} as
	 * they are read (index worker_village_idx): the downloads and the village report. PostgreSQL streams with
	 * a cursor only inside a transaction and with a fetch size; without them the driver would load every row.
	 */
	@Transactional(readOnly = true)
	public void eachOfVillage(String villageCode, boolean enrolledOnly, Consumer<Entry> each) {
		LocalDate today = LocalDate.now(clock);
		streaming.query("""
				select %s
				from worker w %s join enrollment e on e.worker_id = w.id and e.ended_on is null
				where w.village_code = ?
				order by w.name, w.id""".formatted(COLUMNS, enrolledOnly ? "" : "left"),
				rs -> {
					each.accept(entry(rs, today));
				}, villageCode);
	}

	/**
	 * The enrollments made at an event, newest first (index enrollment_event_idx), of the workers the viewer
	 * sees: a worker from another village may enroll at a village's event.
	 */
	public Page<Entry> ofEvent(long eventId, Viewer viewer, Pageable pageable) {
		List<Object> args = new ArrayList<>();
		args.add(eventId);
		StringBuilder scope = new StringBuilder();
		for (RegionCode code : viewer.scopes()) {
			scope.append(scope.isEmpty() ? "" : " or ").append("(w.village_code >= ? and w.village_code < ?)");
			args.add(code.value());
			args.add(code.upperBound());
		}
		String where = "e.event_id = ? and (" + (scope.isEmpty() ? "false" : scope) + ")";
		long total = jdbc.queryForObject("select count(*) from enrollment e join worker w on w.id = e.worker_id where "
				+ where, Long.class, args.toArray());
		args.add(pageable.getPageSize());
		args.add(pageable.getOffset());
		LocalDate today = LocalDate.now(clock);
		List<Entry> entries = jdbc.query("""
				select %s
				from enrollment e join worker w on w.id = e.worker_id
				where %s
				order by e.id desc limit ? offset ?""".formatted(COLUMNS, where),
				(rs, n) -> entry(rs, today), args.toArray());
		return new PageImpl<>(entries, pageable, total);
	}

	private Entry entry(ResultSet rs, LocalDate today) throws SQLException {
		long enrollmentId = rs.getLong("enrollment_id");
		boolean enrolled = !rs.wasNull();
		CoverageStatus status = null;
		Set<Program> programs = EnumSet.noneOf(Program.class);
		if (enrolled) {
			Date paidThrough = rs.getDate("paid_through");
			Date endedOn = rs.getDate("ended_on");
			// A PU month falls due by the 15th of the following month (domain.md, PU contributions).
			Coverage ofSegment = windows.of(Segment.valueOf(rs.getString("segment")));
			status = ofSegment.statusOf(paidThrough == null ? null : YearMonth.from(paidThrough.toLocalDate()),
					endedOn != null && !endedOn.toLocalDate().isAfter(today), today);
			String list = rs.getString("programs");
			if (list != null) {
				Arrays.stream(list.split(",")).map(Program::valueOf).forEach(programs::add);
			}
		}
		String nik = rs.getString("nik");
		return new Entry(rs.getLong("id"), rs.getString("name"), nik == null ? null : new Nik(nik),
				VillageRole.valueOf(rs.getString("village_role")), rs.getString("village_code"),
				enrolled ? enrollmentId : null, programs, status);
	}
}
