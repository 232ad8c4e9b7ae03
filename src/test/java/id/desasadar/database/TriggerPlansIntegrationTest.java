package id.desasadar.database;

import static org.assertj.core.api.Assertions.assertThat;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every trigger function runs with PostgreSQL's default plan cache (V16), not with the connection's forced custom
 * plans: its statements are key lookups and upserts, planned once per connection rather than at every row. A
 * migration that replaces a trigger function, or adds one, without the setting fails here.
 */
@IntegrationTest
class TriggerPlansIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyTriggerFunctionKeepsItsPlans() {
		assertThat(jdbc.queryForList("""
				select distinct p.proname from pg_trigger t join pg_proc p on p.oid = t.tgfoid
				where not t.tgisinternal""", String.class)).as("trigger functions").hasSizeGreaterThan(10);

		assertThat(jdbc.queryForList("""
				select distinct p.proname from pg_trigger t join pg_proc p on p.oid = t.tgfoid
				where not t.tgisinternal
				  and not coalesce('plan_cache_mode=auto' = any (p.proconfig), false)
				order by 1""", String.class)).as("trigger functions planning every row again").isEmpty();
	}
}
