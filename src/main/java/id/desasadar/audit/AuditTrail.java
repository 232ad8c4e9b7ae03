package id.desasadar.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.desasadar.account.ManagedAccounts;
import id.desasadar.account.Role;
import id.desasadar.account.Viewer;
import id.desasadar.region.RegionCode;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail: reads it for the page and the API within the reader's scope, and records the accesses the
 * database cannot see (a full NIK shown, a worker's data exported, an anonymisation). Rows written by the
 * triggers of V9 are never written here; nothing here updates or deletes (the table refuses it anyway).
 * <p>
 * Scope: an administrator reads every event in scope and those of records of no region (rules, accounts);
 * a manager reads the events of records in the villages and regions of its scope (workers, enrollments,
 * payments, village profiles, designations, agents, campaigns, events) and of the contribution rules it
 * manages, but not of accounts.
 */
@Component
public class AuditTrail {

	/** Records of no region that a manager may read: the dated rules managers keep. */
	/** The record types of accounts (V9): their record id is the account's id. */
	static final List<String> ACCOUNT_RECORDS = List.of("account", "account_scope");

	static final List<String> RULE_RECORDS = List.of("contribution_rate", "income_bracket", "contribution_discount",
			"contribution_discount_program", "contribution_discount_sector", "wage_cap", "agent_fee_rule", "payment_term",
			"contribution_credit");

	private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {
	};

	private final NamedParameterJdbcTemplate jdbc;
	private final JsonMapper json;
	private final TransactionTemplate ownTransaction;
	private final Clock clock;
	private final ManagedAccounts managedAccounts;

	AuditTrail(NamedParameterJdbcTemplate jdbc, JsonMapper json, PlatformTransactionManager transactions, Clock clock,
			ManagedAccounts managedAccounts) {
		this.jdbc = jdbc;
		this.managedAccounts = managedAccounts;
		this.json = json;
		this.ownTransaction = new TransactionTemplate(transactions);
		// Its own transaction: an access is recorded even when the caller's work is read-only or rolls back.
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * The events the filter selects and the viewer may read, newest first. The stored values of a worker hold
	 * its NIK: a viewer who does not see full NIKs elsewhere sees them masked here too; one who does has the
	 * page of events recorded as a disclosure ({@code where}: the page or API), like any other list.
	 */
	public Page<AuditEvent> find(AuditFilter filter, Viewer viewer, Pageable pageable, String where) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String condition = where(filter, viewer, params);
		Long total = jdbc.queryForObject("select count(*) from audit_event where " + condition, params, Long.class);
		params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<AuditEvent> events = jdbc.query("""
				select id, at, actor, action, record_type, record_id, worker_id, village_code, old_values, new_values
				from audit_event where %s
				order by at desc, id desc limit :limit offset :offset""".formatted(condition), params, this::event);
		long withNik = events.stream().filter(AuditEvent::showsNik).count();
		if (viewer.seesFullNik()) {
			if (withNik > 0) {
				Map<String, Object> details = new LinkedHashMap<>();
				details.put("where", where);
				details.put("filter", filter.described(pageable.getPageNumber()));
				details.put("rows", withNik);
				record(viewer.username(), AuditAction.NIK_DISCLOSED, "worker-list", null, null, null, details);
			}
		}
		else {
			events = events.stream().map(AuditEvent::withNikMasked).toList();
		}
		return new PageImpl<>(events, pageable, total == null ? 0 : total);
	}

	/** How many events the filter selects that the viewer may read. */
	public long count(AuditFilter filter, Viewer viewer) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		Long total = jdbc.queryForObject("select count(*) from audit_event where " + where(filter, viewer, params), params,
				Long.class);
		return total == null ? 0 : total;
	}

	/**
	 * Every event of a worker's records, oldest first, whoever may read the trail: for the worker's own data
	 * (UU 27/2022, the access right), which the caller has checked the viewer may hand out.
	 */
	public List<AuditEvent> ofWorker(long workerId) {
		return jdbc.query("""
				select id, at, actor, action, record_type, record_id, worker_id, village_code, old_values, new_values
				from audit_event where worker_id = :workerId order by at, id""",
				new MapSqlParameterSource("workerId", workerId), this::event);
	}

	/**
	 * Removes the personal fields from the stored values of a worker's events, in the caller's transaction
	 * (the database function audit_scrub_worker of V9, the only edit the trail allows). Answers how many.
	 */
	public int scrubWorker(long workerId, List<String> personalFields) {
		Integer scrubbed = jdbc.queryForObject("select audit_scrub_worker(:workerId, cast(:keys as text[]))",
				new MapSqlParameterSource("workerId", workerId).addValue("keys",
						"{" + String.join(",", personalFields) + "}"), Integer.class);
		return scrubbed == null ? 0 : scrubbed;
	}

	private String where(AuditFilter filter, Viewer viewer, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		conditions.add(scope(viewer, params));
		if (filter.actor() != null) {
			conditions.add("actor = :actor");
			params.addValue("actor", filter.actor());
		}
		if (filter.recordType() != null) {
			conditions.add("record_type = :recordType");
			params.addValue("recordType", filter.recordType());
		}
		if (filter.recordId() != null) {
			conditions.add("record_id = :recordId");
			params.addValue("recordId", filter.recordId());
		}
		if (filter.workerId() != null) {
			conditions.add("worker_id = :workerId");
			params.addValue("workerId", filter.workerId());
		}
		if (filter.action() != null) {
			conditions.add("action = :action");
			params.addValue("action", filter.action().name());
		}
		if (filter.disclosuresHidden()) {
			conditions.add("action <> 'NIK_DISCLOSED'");
		}
		if (filter.from() != null) {
			conditions.add("at >= :from");
			params.addValue("from", java.sql.Timestamp.from(startOf(filter.from())));
		}
		if (filter.to() != null) {
			conditions.add("at < :to");
			params.addValue("to", java.sql.Timestamp.from(startOf(filter.to().plusDays(1))));
		}
		return String.join(" and ", conditions);
	}

	private java.time.Instant startOf(LocalDate day) {
		return day.atStartOfDay(clock.getZone()).toInstant();
	}

	/**
	 * Code ranges of the scopes (index audit_event_village_idx), plus the records of no region one may read: for an
	 * administrator the rules and lists, and of the accounts those they manage (issue #16: a regional administrator
	 * reads no history of an account that sees beyond their regions).
	 */
	private String scope(Viewer viewer, MapSqlParameterSource params) {
		List<String> ranges = new ArrayList<>();
		int i = 0;
		for (RegionCode code : viewer.scopes()) {
			ranges.add("(village_code >= :scope%d and village_code < :scopeEnd%d)".formatted(i, i));
			params.addValue("scope" + i, code.value()).addValue("scopeEnd" + i, code.upperBound());
			i++;
		}
		if (viewer.is(Role.ADMIN)) {
			List<String> accounts = managedAccounts.ids(viewer);
			ranges.add("(village_code is null and (record_type not in (:accountRecords) or record_id in (:managedAccounts)))");
			params.addValue("accountRecords", ACCOUNT_RECORDS)
				.addValue("managedAccounts", accounts.isEmpty() ? List.of("none") : accounts);
		}
		else if (viewer.is(Role.MANAGER)) {
			ranges.add("(village_code is null and record_type in (:ruleRecords))");
			params.addValue("ruleRecords", RULE_RECORDS);
		}
		return ranges.isEmpty() ? "false" : "(" + String.join(" or ", ranges) + ")";
	}

	private AuditEvent event(ResultSet rs, int row) throws SQLException {
		long worker = rs.getLong("worker_id");
		Long workerId = rs.wasNull() ? null : worker;
		return AuditEvent.of(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("record_type"), rs.getString("record_id"),
				workerId, rs.getString("village_code"), values(rs.getString("old_values")),
				values(rs.getString("new_values")));
	}

	private Map<String, Object> values(String text) {
		return text == null ? null : json.readValue(text, VALUES);
	}

	/** How many events of this action and record type the actor caused in the last {@code seconds}. */
	long countRecent(String actor, AuditAction action, String recordType, long seconds) {
		Long count = jdbc.queryForObject("""
				select count(*) from audit_event where actor = :actor and at > now() - make_interval(secs => :seconds)
				and action = :action and record_type = :recordType""",
				new MapSqlParameterSource().addValue("actor", actor).addValue("seconds", seconds)
					.addValue("action", action.name()).addValue("recordType", recordType), Long.class);
		return count == null ? 0 : count;
	}

	/**
	 * Records an access the database cannot see, in a transaction of its own. {@code details} say what was
	 * shown and where; they never hold the NIK itself.
	 */
	public void record(String actor, AuditAction action, String recordType, String recordId, Long workerId,
			String villageCode, Map<String, ?> details) {
		String values = json.writeValueAsString(details);
		ownTransaction.executeWithoutResult(status -> jdbc.update("""
				insert into audit_event (actor, action, record_type, record_id, worker_id, village_code, new_values)
				values (:actor, :action, :recordType, :recordId, :workerId, :villageCode, cast(:values as jsonb))""",
				new MapSqlParameterSource().addValue("actor", actor).addValue("action", action.name())
					.addValue("recordType", recordType).addValue("recordId", recordId).addValue("workerId", workerId)
					.addValue("villageCode", villageCode).addValue("values", values)));
	}
}
