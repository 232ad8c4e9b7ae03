package id.desasadar.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import id.desasadar.account.Viewer;
import id.desasadar.contribution.Segment;
import id.desasadar.enrollment.CoverageStatus;
import id.desasadar.enrollment.CoverageWindows;
import id.desasadar.enrollment.StatusWindows;
import id.desasadar.region.RegionCode;
import id.desasadar.worker.Nik;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open enrollments in arrears or lapsed under a region, one query: by village, the longest unpaid first
 * (the earliest month paid through), then by name. The region range is served by worker_village_idx, the
 * open enrollment of each worker by enrollment_open_per_worker_key. The region must be one the viewer sees:
 * {@link FollowUpRequest} checks it.
 */
@Component
class FollowUpList {

	/** Rows fetched per round trip when streaming: the memory of an export stays flat whatever its size. */
	static final int STREAM_FETCH_SIZE = 500;

	private static final String FROM = """
			from worker w
			join enrollment e on e.worker_id = w.id and e.ended_on is null
			""";

	// months_unpaid: the months from the one paid through to the last one due of the worker's segment.
	private static final String SELECT = """
			select w.id, w.name, w.nik, w.phone, w.village_code, w.segment, r.name as village_name, e.paid_through,
			  %s as months_unpaid
			""" + FROM + "join region r on r.code = w.village_code\n";

	private static final String ORDER = " order by w.village_code, e.paid_through, w.name, w.id";

	private final NamedParameterJdbcTemplate jdbc;
	private final NamedParameterJdbcTemplate streaming;
	private final CoverageWindows windows;
	private final Clock clock;

	FollowUpList(DataSource dataSource, CoverageWindows windows, Clock clock) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		JdbcTemplate cursor = new JdbcTemplate(dataSource);
		cursor.setFetchSize(STREAM_FETCH_SIZE);
		this.streaming = new NamedParameterJdbcTemplate(cursor);
		this.windows = windows;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<FollowUpEntry> page(RegionCode region, FollowUpStatus status, Viewer viewer, Pageable pageable) {
		Criteria criteria = criteria(region, status);
		long total = jdbc.queryForObject("select count(*) " + FROM + criteria.where(), criteria.params(), Long.class);
		criteria.params().addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<FollowUpEntry> entries = jdbc.query(criteria.select() + criteria.where() + ORDER + " limit :limit offset :offset",
				criteria.params(), (rs, n) -> entry(rs, viewer, criteria.windows()));
		return new PageImpl<>(entries, pageable, total);
	}

	/**
	 * Hands every entry to {@code each} as it is read. PostgreSQL streams with a cursor only inside a
	 * transaction and with a fetch size; without them the driver would load every row first.
	 */
	@Transactional(readOnly = true)
	public void forEach(RegionCode region, FollowUpStatus status, Viewer viewer, Consumer<FollowUpEntry> each) {
		Criteria criteria = criteria(region, status);
		streaming.query(criteria.select() + criteria.where() + ORDER, criteria.params(), rs -> {
			each.accept(entry(rs, viewer, criteria.windows()));
		});
	}

	/** The select list and where clause of a list, its parameters, and the status windows they were written with. */
	private record Criteria(String select, String where, MapSqlParameterSource params, StatusWindows windows) {
	}

	private Criteria criteria(RegionCode region, FollowUpStatus status) {
		StatusWindows today = windows.on(LocalDate.now(clock));
		String owing = status == null ? today.unpaid("e.paid_through", "w.segment")
				: today.is(CoverageStatus.valueOf(status.name()), "e.paid_through", "w.segment");
		String where = """
				where w.village_code >= :code and w.village_code < :upperBound
				  and """ + owing;
		MapSqlParameterSource params = new MapSqlParameterSource()
			.addValue("code", region.value())
			.addValue("upperBound", region.upperBound());
		return new Criteria(SELECT.formatted(today.monthsUnpaid("e.paid_through", "w.segment")), where, params, today);
	}

	private FollowUpEntry entry(ResultSet rs, Viewer viewer, StatusWindows today) throws SQLException {
		YearMonth paidThrough = YearMonth.from(rs.getDate("paid_through").toLocalDate());
		String stored = rs.getString("nik");
		// An anonymised worker has no NIK any more.
		Nik nik = stored == null ? null : new Nik(stored);
		boolean full = viewer.seesFullNik() && nik != null;
		return new FollowUpEntry(rs.getLong("id"), rs.getString("name"), nik == null ? "" : full ? nik.value() : nik.masked(), !full,
				rs.getString("village_code"), rs.getString("village_name"), rs.getString("phone"),
				today.of(Segment.valueOf(rs.getString("segment"))).statusOf(paidThrough), rs.getInt("months_unpaid"),
				paidThrough);
	}
}
