package id.desasadar.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every audited table, written with plain JDBC as a bulk import or the demo data would: an insert, an update
 * and a delete each leave an event with the actor of the thread's security context and the old and new
 * values; secrets are never stored; the trail refuses to be edited. Each case runs in a transaction that is
 * rolled back, so nothing stays.
 */
@IntegrationTest
class AuditedTablesIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	/** A table, the SQL that inserts one row (answering its record id), updates it, deletes it. */
	record Case(String table, String insert, String update, String delete) {
	}

	static final String VILLAGE = "33.26.12.2008";

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	List<Case> cases() {
		return List.of(
				new Case("worker", """
						insert into worker (nik, name, birth_date, sex, village_code, segment, sector, monthly_income,
						  village_role, consent_version, consented_at, created_at, created_by, updated_at, updated_by)
						values ('3326121203850999', 'Jejak Contoh', '1985-03-12', 'MALE', '33.26.12.2008', 'BPU', 'TRADE',
						  1000000, 'RESIDENT', '2026-11', now(), now(), 'x', now(), 'x') returning id""",
						"update worker set name = 'Jejak Contoh Baru' where id = :id",
						"delete from worker where id = :id"),
				new Case("enrollment", """
						insert into enrollment (worker_id, enrolled_on, payer, monthly_contribution, created_by, created_at)
						values ((select min(id) from worker where village_code = '33.26.12.2008'
						           and not exists (select 1 from enrollment e where e.worker_id = worker.id and e.ended_on is null)),
						        '2026-01-05', 'SELF', 16800, 'x', now()) returning id""",
						"update enrollment set monthly_contribution = 36800 where id = :id",
						"delete from enrollment where id = :id"),
				new Case("enrollment_program", """
						insert into enrollment_program (enrollment_id, program)
						values ((select max(enrollment_id) from enrollment_program p
						         where not exists (select 1 from enrollment_program q where q.enrollment_id = p.enrollment_id
						                           and q.program in ('JP', 'JHT'))), 'JP')
						returning enrollment_id""",
						"update enrollment_program set program = 'JHT' where enrollment_id = :id and program = 'JP'",
						"delete from enrollment_program where enrollment_id = :id and program = 'JHT'"),
				new Case("contribution_discount_program", """
						with discount as (insert into contribution_discount (rule_code, segment, sector_scope, first_month,
						  last_month, percent, public_budget_excluded, source)
						  values ('JEJAK-P', 'BPU', 'ALL', '2099-01-01', '2099-02-01', 10, true, 'test') returning id)
						insert into contribution_discount_program (discount_id, program) select id, 'JKK' from discount
						returning discount_id""",
						"update contribution_discount_program set program = 'JKM' where discount_id = :id",
						"delete from contribution_discount_program where discount_id = :id"),
				new Case("contribution_discount_sector", """
						with discount as (insert into contribution_discount (rule_code, segment, sector_scope, first_month,
						  last_month, percent, public_budget_excluded, source)
						  values ('JEJAK-S', 'BPU', 'ONLY', '2099-01-01', '2099-02-01', 10, true, 'test') returning id)
						insert into contribution_discount_sector (discount_id, sector) select id, 'TRADE' from discount
						returning discount_id""",
						"update contribution_discount_sector set sector = 'FISHERY' where discount_id = :id",
						"delete from contribution_discount_sector where discount_id = :id"),
				new Case("payment", """
						insert into payment (enrollment_id, paid_on, months, amount, first_month, last_month, recorded_by, recorded_at,
						  receipt_number)
						values ((select max(id) from enrollment), '2026-01-05', 1, 16800, '2030-01-01', '2030-01-01', 'x', now(),
						  nextval('receipt_number_seq'))
						returning id""",
						"update payment set amount = 16801 where id = :id",
						"delete from payment where id = :id"),
				new Case("village_profile", """
						insert into village_profile (village_code, bumdes_active, updated_at, updated_by)
						values ((select min(code) from region r where level = 'VILLAGE' and code like '33.26.%' and not exists (select 1 from village_profile p where p.village_code = r.code)), false, now(), 'x') returning village_code""",
						"update village_profile set officials_count = 7 where village_code = :id",
						"delete from village_profile where village_code = :id"),
				new Case("designation", """
						insert into designation (village_code, declared_on, agreement_number, declared_by, created_at)
						values ('33.26.12.2003', '2026-01-05', 'MOU-JEJAK', 'x', now()) returning id""",
						"update designation set agreement_number = 'MOU-JEJAK-2' where id = :id",
						"delete from designation where id = :id"),
				new Case("campaign", """
						insert into campaign (name, region_code, starts_on, ends_on, target_enrollments, created_by, created_at)
						values ('Jejak', '33.26', '2026-01-01', '2026-12-31', 10, 'x', now()) returning id""",
						"update campaign set target_enrollments = 11 where id = :id",
						"delete from campaign where id = :id"),
				new Case("event", """
						insert into event (village_code, name, kind, event_date, created_by, created_at)
						values ('33.26.12.2008', 'Jejak', 'MEETING', '2026-01-05', 'x', now()) returning id""",
						"update event set name = 'Jejak 2' where id = :id",
						"delete from event where id = :id"),
				new Case("agent", """
						insert into agent (name, region_code, code, created_at, created_by)
						values ('Jejak', '33.26.12.2008', 'JEJAK-1', now(), 'x') returning id""",
						"update agent set active = false where id = :id",
						"delete from agent where id = :id"),
				new Case("agent_fee_rule", """
						insert into agent_fee_rule (scheme, valid_from, fee_percent, bonus_threshold, bonus_amount, source)
						values ('PERISAI_2018', '2099-01-01', 7.5, 50, 500000, 'test') returning id""",
						"update agent_fee_rule set bonus_amount = 600000 where id = :id",
						"delete from agent_fee_rule where id = :id"),
				new Case("payment_term", """
						insert into payment_term (segment, due_months_after, late_fine_percent, valid_from, source)
						values ('PU', 1, 2, '2099-01-01', 'test') returning id""",
						"update payment_term set late_fine_percent = 3 where id = :id",
						"delete from payment_term where id = :id"),
				new Case("contribution_credit", """
						insert into contribution_credit (rule_code, in_force_on, valid_from, source)
						values ('PP-50-2025', '2098-12-22', '2099-01-01', 'test') returning id""",
						"update contribution_credit set source = 'test 2' where id = :id",
						"delete from contribution_credit where id = :id"),
				new Case("contribution_rate", """
						insert into contribution_rate (program, segment, kind, amount, valid_from, source)
						values ('JKM', 'BPU', 'FLAT', 6800, '2099-01-01', 'test') returning id""",
						"update contribution_rate set amount = 6900 where id = :id",
						"delete from contribution_rate where id = :id"),
				new Case("income_bracket", """
						insert into income_bracket (segment, min_income, base, valid_from, source)
						values ('BPU', 0, 1000000, '2099-01-01', 'test') returning id""",
						"update income_bracket set base = 1000001 where id = :id",
						"delete from income_bracket where id = :id"),
				new Case("contribution_discount", """
						insert into contribution_discount (rule_code, segment, sector_scope, first_month, last_month, percent,
						  public_budget_excluded, source)
						values ('JEJAK', 'BPU', 'ALL', '2099-01-01', '2099-02-01', 10, true, 'test') returning id""",
						"update contribution_discount set percent = 20 where id = :id",
						"delete from contribution_discount where id = :id"),
				new Case("wage_cap", """
						insert into wage_cap (program, cap, valid_from, source) values ('JP', 10000000, '2099-01-01', 'test') returning id""",
						"update wage_cap set cap = 10000001 where id = :id",
						"delete from wage_cap where id = :id"),
				new Case("account", """
						insert into account (username, password_hash, role, display_name)
						values ('jejak.akun', '{bcrypt}$2a$04$secretsecretsecretsecretse', 'STAFF', 'Jejak') returning id""",
						"update account set display_name = 'Jejak Baru' where id = :id",
						"delete from account where id = :id"),
				new Case("account_scope", """
						insert into account_scope (account_id, region_code)
						values ((select id from account where username = 'staff'), '33.26.12') returning account_id""",
						"update account_scope set region_code = '33.26.10' where account_id = :id and region_code = '33.26.12'",
						"delete from account_scope where account_id = :id and region_code = '33.26.10'"));
	}

	@Test
	void everyAuditedTableRecordsInsertUpdateAndDeleteWithTheActorAndTheValues() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("jejak.tester", null, "ROLE_STAFF"));
		List<String> wrong = new ArrayList<>();
		for (Case one : cases()) {
			transaction.executeWithoutResult(status -> {
				try {
					long before = maxEventId();
					String id = jdbc.queryForObject(one.insert(), Object.class).toString();
					jdbc.update(one.update().replace(":id", "'" + id + "'"));
					jdbc.update(one.delete().replace(":id", "'" + id + "'"));
					List<Map<String, Object>> events = jdbc.queryForList("""
							select actor, action, record_id, old_values::text as old_values, new_values::text as new_values
							from audit_event where id > ? and record_type = ? order by id""", before, one.table());
					List<Object> actions = events.stream().map(e -> e.get("action")).toList();
					if (!actions.equals(List.of("INSERT", "UPDATE", "DELETE"))) {
						wrong.add(one.table() + ": actions " + actions);
						return;
					}
					for (Map<String, Object> event : events) {
						if (!"jejak.tester".equals(event.get("actor")) || !id.equals(event.get("record_id"))) {
							wrong.add(one.table() + ": " + event);
						}
					}
					if (events.get(0).get("old_values") != null || events.get(0).get("new_values") == null
							|| events.get(1).get("old_values") == null || events.get(1).get("new_values") == null
							|| events.get(1).get("old_values").equals(events.get(1).get("new_values"))
							|| events.get(2).get("old_values") == null || events.get(2).get("new_values") != null) {
						wrong.add(one.table() + ": values " + events);
					}
				}
				catch (DataAccessException ex) {
					wrong.add(one.table() + ": " + ex.getMostSpecificCause().getMessage());
				}
				finally {
					status.setRollbackOnly();
				}
			});
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void storesNoPasswordHashOnlyThatItChanged() {
		transaction.executeWithoutResult(status -> {
			long before = maxEventId();
			long id = jdbc.queryForObject("""
					insert into account (username, password_hash, role, display_name)
					values ('jejak.rahasia', '{bcrypt}$2a$04$verysecrethash', 'STAFF', 'Rahasia') returning id""", Long.class);
			jdbc.update("update account set password_hash = '{bcrypt}$2a$04$anothersecret' where id = ?", id);
			List<String> stored = jdbc.queryForList("""
					select coalesce(old_values::text, '') || coalesce(new_values::text, '') from audit_event
					where id > ? and record_type = 'account' and record_id = ? order by id""", String.class, before, String.valueOf(id));
			assertThat(stored).hasSize(2);
			assertThat(stored).noneMatch(values -> values.contains("password_hash\"") || values.contains("secret"));
			assertThat(stored.get(1)).contains("\"password_hash_changed\": true");
			status.setRollbackOnly();
		});
	}

	@Test
	void aWriterWithoutASignedInAccountIsRecordedAsSystem() {
		transaction.executeWithoutResult(status -> {
			long before = maxEventId();
			jdbc.update("update wage_cap set source = source || ' ' where id = (select min(id) from wage_cap)");
			assertThat(jdbc.queryForObject("select actor from audit_event where id > ? and record_type = 'wage_cap'",
					String.class, before)).isEqualTo("system");
			status.setRollbackOnly();
		});
	}

	@Test
	void theTrailRefusesUpdateDeleteAndTruncate() {
		long any = jdbc.queryForObject("select max(id) from audit_event", Long.class);
		assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone' where id = ?", any))
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("update audit_event set old_values = null, new_values = null where id = ?", any))
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", any)).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).rootCause().hasMessageContaining("append-only");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where id = ?", Long.class, any)).isOne();
	}

	@Test
	void theRetentionPurgeRemovesOnlyEventsBeforeTheCutoff() {
		transaction.executeWithoutResult(status -> {
			jdbc.update("insert into audit_event (at, actor, action, record_type) values ('1980-01-01', 'x', 'INSERT', 'jejak')");
			jdbc.update("insert into audit_event (at, actor, action, record_type) values ('1981-01-01', 'x', 'INSERT', 'jejak')");
			assertThat(jdbc.queryForObject("select audit_purge_before('1980-06-01')", Integer.class)).isOne();
			assertThat(jdbc.queryForList("select at::date::text from audit_event where record_type = 'jejak'", String.class))
				.containsExactly("1981-01-01");
			status.setRollbackOnly();
		});
	}

	@Test
	void theCoverageAggregatesStillFollowAnAuditedWorker() {
		transaction.executeWithoutResult(status -> {
			long before = jdbc.queryForObject("select coalesce(sum(workers), 0) from village_workers where village_code = ?",
					Long.class, VILLAGE);
			jdbc.queryForObject(cases().get(0).insert(), Long.class);
			assertThat(jdbc.queryForObject("select sum(workers) from village_workers where village_code = ?", Long.class,
					VILLAGE)).isEqualTo(before + 1);
			assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type in ('village_workers', 'village_enrollments', 'village_programs')", Long.class))
				.isZero();
			status.setRollbackOnly();
		});
	}

	long maxEventId() {
		return jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
	}
}
