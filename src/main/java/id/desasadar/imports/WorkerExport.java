package id.desasadar.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import id.desasadar.account.Viewer;
import id.desasadar.region.RegionCode;
import id.desasadar.worker.Nik;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workers in the viewer's scope, or under one region of it, in the columns of the import (api.md, Bulk import
 * and export), streamed from a database cursor so that an export of any size keeps a flat memory. The NIK is
 * full only for those who see it full; incomes are left out for village heads, as on their pages.
 */
@Component
class WorkerExport {

	static final int FETCH_SIZE = 500;

	// In the order of WorkerSheet.COLUMNS; by village and name, as worker_village_idx serves it.
	private static final String SELECT = """
			select w.nik, w.name, w.birth_date, w.sex, w.phone, w.village_code, w.address, w.occupation, w.segment,
			    w.sector, w.employer_size, w.risk_class, w.monthly_income, w.village_role,
			    (select string_agg(p.program, ';' order by p.program) from enrollment_program p where p.enrollment_id = e.id)
			        as programs,
			    e.payer, e.sponsor_name, e.event_id
			from worker w
			left join enrollment e on e.worker_id = w.id and e.ended_on is null
			""";

	private final JdbcTemplate streaming;

	WorkerExport(DataSource dataSource) {
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(FETCH_SIZE);
	}

	/** Every worker under {@code regions} (each one the viewer sees), a row at a time; in a transaction for the cursor. */
	@Transactional(readOnly = true)
	public void forEach(List<RegionCode> regions, Viewer viewer, java.util.function.Consumer<List<Object>> rows) {
		List<String> ranges = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		for (RegionCode region : regions) {
			ranges.add("(w.village_code >= ? and w.village_code < ?)");
			params.add(region.value());
			params.add(region.upperBound());
		}
		String sql = SELECT + "where " + String.join(" or ", ranges) + " order by w.village_code, w.name, w.id";
		boolean fullNik = viewer.seesFullNik();
		boolean income = viewer.seesIncome();
		streaming.query(sql, rs -> {
			rows.accept(row(rs, fullNik, income));
		}, params.toArray());
	}

	private static List<Object> row(ResultSet rs, boolean fullNik, boolean income) throws SQLException {
		// An anonymised worker (UU 27/2022) has no NIK any more.
		String nikValue = rs.getString("nik");
		Nik nik = nikValue == null ? null : new Nik(nikValue);
		Integer risk = (Integer) rs.getObject("risk_class");
		Long event = (Long) rs.getObject("event_id");
		return Arrays.asList(nik == null ? null : fullNik ? nik.value() : nik.masked(), rs.getString("name"),
				rs.getDate("birth_date").toLocalDate().toString(), rs.getString("sex"), rs.getString("phone"),
				rs.getString("village_code"), rs.getString("address"), rs.getString("occupation"), rs.getString("segment"),
				rs.getString("sector"), rs.getString("employer_size"), risk, income ? rs.getLong("monthly_income") : null,
				rs.getString("village_role"), "ya", rs.getString("programs"), rs.getString("payer"),
				rs.getString("sponsor_name"), event);
	}
}
