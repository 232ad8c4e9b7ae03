package id.desasadar.dashboard;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/** The extra condition on enrollments {@code e} for a filter, with its parameters; empty without a filter. */
record EnrollmentCondition(String sql, List<Object> args) {

	static EnrollmentCondition of(CoverageFilter filter) {
		StringBuilder sql = new StringBuilder();
		List<Object> args = new ArrayList<>();
		if (filter.campaignId() != null) {
			sql.append(" and e.event_id in (select id from event where campaign_id = ?)");
			args.add(filter.campaignId());
		}
		if (filter.from() != null) {
			sql.append(" and e.enrolled_on >= ?");
			args.add(Date.valueOf(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and e.enrolled_on <= ?");
			args.add(Date.valueOf(filter.to()));
		}
		return new EnrollmentCondition(sql.toString(), args);
	}

	/** {@code before}, then this condition's parameters, then {@code after}: the order of the placeholders. */
	Object[] around(List<?> before, Object... after) {
		List<Object> all = new ArrayList<>(before);
		all.addAll(args);
		all.addAll(List.of(after));
		return all.toArray();
	}
}
