package id.desasadar.enrollment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Everything this module holds about one worker, as stored: each enrollment's columns with its programs and its
 * payments, oldest first. It answers a worker's request for their own data (UU 27/2022, module {@code privacy}),
 * which must show the rows as kept, not as a page shows them; asking here keeps the enrollment's tables read by
 * their owner only (TableOwnershipTest).
 */
@Component
public class HeldEnrollments {

	private final JdbcTemplate jdbc;

	HeldEnrollments(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The worker's enrollments, each with {@code programs} and {@code payments}; dates as ISO dates and instants. */
	public List<Map<String, Object>> ofWorker(long workerId) {
		List<Map<String, Object>> enrollments = new ArrayList<>();
		for (Map<String, Object> enrollment : jdbc.queryForList(
				"select * from enrollment where worker_id = ? order by enrolled_on, id", workerId)) {
			Map<String, Object> row = stored(enrollment);
			long id = ((Number) enrollment.get("id")).longValue();
			row.put("programs", jdbc.queryForList(
					"select program from enrollment_program where enrollment_id = ? order by program", String.class, id));
			row.put("payments", jdbc.queryForList(
					"select * from payment where enrollment_id = ? order by first_month, id", id).stream()
				.map(HeldEnrollments::stored).toList());
			enrollments.add(row);
		}
		return enrollments;
	}

	/** A stored row with its dates as ISO dates and instants, not as JDBC's types. */
	static Map<String, Object> stored(Map<String, Object> row) {
		Map<String, Object> values = new LinkedHashMap<>();
		row.forEach((column, value) -> {
			if (value instanceof java.sql.Date date) {
				values.put(column, date.toLocalDate());
			}
			else if (value instanceof java.sql.Timestamp timestamp) {
				values.put(column, timestamp.toInstant());
			}
			else {
				values.put(column, value);
			}
		});
		return values;
	}
}
