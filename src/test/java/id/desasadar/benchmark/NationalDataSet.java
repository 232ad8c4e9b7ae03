package id.desasadar.benchmark;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The national-scale data set, made directly in PostgreSQL with set-based SQL (INSERT ... SELECT from
 * generate_series), one statement per table: workers spread evenly over the villages of province 33, an open
 * enrollment for 70% of them (JKK and JKM, JHT for a quarter), one payment per enrollment, and a workforce
 * estimate per village. About 71.5% of the enrollments are paid through 2 to 13 months back (arrears or
 * lapsed, on the follow-up list), the others through the current month (active).
 * <p>
 * The secondary indexes of worker, enrollment and payment are dropped before the load and created again
 * after it from their own definitions (read from pg_indexes), as a bulk load into PostgreSQL is done.
 */
final class NationalDataSet {

	static final String CREATED_BY = "benchmark";

	private final JdbcTemplate jdbc;

	NationalDataSet(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The tables whose triggers keep the coverage aggregates (V5) or write the audit trail (V9): a generated
	 * data set is loaded like a database administrator's bulk load, neither counted row by row nor audited.
	 */
	private static final List<String> AGGREGATED_TABLES = List.of("worker", "enrollment", "enrollment_program", "payment");

	/** Generates {@code workers} workers and what goes with them; answers the row counts by table. */
	Map<String, Long> generate(int workers) {
		jdbc.execute("set maintenance_work_mem = '512MB'");
		jdbc.execute("set synchronous_commit = off");
		jdbc.execute("truncate payment, enrollment_program, enrollment, worker restart identity cascade");
		// The coverage aggregates are recounted once after the load (V5): one trigger call per generated row
		// would take far longer than the load itself.
		for (String table : AGGREGATED_TABLES) {
			jdbc.execute("alter table " + table + " disable trigger user");
		}
		jdbc.execute("delete from village_profile where updated_by = '" + CREATED_BY + "'");
		List<String> indexes = jdbc.queryForList("""
				select i.indexdef from pg_indexes i
				where i.schemaname = current_schema() and i.tablename in ('worker', 'enrollment', 'payment')
				  and not exists (select 1 from pg_constraint c where c.conname = i.indexname)""", String.class);
		for (String definition : indexes) {
			String name = definition.replaceFirst("^CREATE (UNIQUE )?INDEX (\\S+) ON .*$", "$2");
			jdbc.execute("drop index " + name);
		}
		jdbc.execute("""
				create temporary table bench_village on commit preserve rows as
				select code, (row_number() over (order by code)) - 1 as n
				from region where level = 'VILLAGE' and code like '33.%'""");
		long villages = jdbc.queryForObject("select count(*) from bench_village", Long.class);
		jdbc.update("""
				insert into worker (nik, name, birth_date, sex, phone, village_code, address, occupation, segment,
				  sector, employer_size, risk_class, monthly_income, village_role, consent_version, consented_at,
				  created_at, created_by, updated_at, updated_by)
				select replace(substr(v.code, 1, 8), '.', '')
				         || lpad((extract(day from g.birth)::int + case when g.i % 2 = 1 then 40 else 0 end)::text, 2, '0')
				         || to_char(g.birth, 'MMYY') || lpad(((g.i / 14600) % 9999 + 1)::text, 4, '0'),
				       (array['Budi','Siti','Agus','Sri','Slamet','Wahyuni','Joko','Endang','Bambang','Tri',
				              'Sugeng','Rahayu','Eko','Dwi','Suparman','Sumini','Hadi','Lestari','Warsito','Kartini',
				              'Teguh','Ngatini','Prasetyo','Sukarni','Yanto','Purwanti','Darmo','Suwarni','Heru','Wulandari',
				              'Mulyono','Sartini','Bagus','Retno','Tukiman','Paijo','Suharti','Gunawan','Murni','Rudi'])[g.i % 40 + 1]
				         || ' ' ||
				       (array['Santoso','Wibowo','Susanto','Hartono','Purnomo','Setiawan','Nugroho','Kusuma','Wijaya',
				              'Saputra','Rahmawati','Handayani','Utomo','Prabowo','Sulistyo','Haryanto','Suryani','Pratama',
				              'Raharjo','Kurniawan','Sutrisno','Mardiyah','Suprapto','Winarno','Astuti','Budiman','Hidayat',
				              'Firmansyah','Yulianti','Permana'])[(g.i / 40) % 30 + 1]
				         || ' ' || (g.i % 997)::text,
				       g.birth,
				       case when g.i % 2 = 1 then 'FEMALE' else 'MALE' end,
				       '+6281' || lpad((g.i % 100000000)::text, 8, '0'),
				       v.code,
				       'RT ' || lpad((g.i % 12 + 1)::text, 2, '0') || ' RW ' || lpad((g.i % 7 + 1)::text, 2, '0'),
				       (array['Petani','Nelayan','Pedagang','Ojek','Buruh','Penjahit','Tukang'])[g.i % 7 + 1],
				       case when g.i % 10 = 9 then 'PU' else 'BPU' end,
				       (array['AGRICULTURE','FISHERY','TRADE','TRANSPORT','SERVICES','MANUFACTURING','OTHER'])[g.i % 7 + 1],
				       case when g.i % 10 = 9 then 'SMALL' end,
				       case when g.i % 10 = 9 then g.i % 5 + 1 end,
				       800000 + (g.i % 20) * 100000,
				       'RESIDENT', '2026-11', now(), now(), 'benchmark', now(), 'benchmark'
				from (select i, date '1960-01-01' + (i % 14600)::int as birth from generate_series(0, ? - 1) i) g
				join bench_village v on v.n = g.i % ?""", workers, villages);
		// 70% enrolled; of those, (id / 10) % 1000 < 715 are 2 to 13 months behind, the others paid this month.
		jdbc.update("""
				insert into enrollment (worker_id, enrolled_on, payer, monthly_contribution, paid_through, created_by, created_at)
				select e.id, (e.paid - make_interval(months => (e.id % 6)::int))::date,
				       case when e.id % 20 = 0 then 'VILLAGE_BUDGET' else 'SELF' end,
				       case when e.id % 4 = 0 then 36800 else 16800 end,
				       e.paid, 'benchmark', now()
				from (select w.id, (date_trunc('month', current_date)
				          - make_interval(months => case when (w.id / 10) % 1000 < 715 then (2 + (w.id / 7) % 12)::int else 0 end))::date as paid
				      from worker w where w.id % 10 < 7) e""");
		jdbc.update("""
				insert into enrollment_program (enrollment_id, program)
				select e.id, p.program from enrollment e
				cross join (values ('JKK'), ('JKM'), ('JHT')) p(program)
				where p.program <> 'JHT' or e.worker_id % 4 = 0""");
		jdbc.update("""
				insert into payment (enrollment_id, paid_on, months, amount, first_month, last_month, recorded_by, recorded_at)
				select e.id, e.enrolled_on + 3, (e.worker_id % 6)::int + 1, ((e.worker_id % 6) + 1) * e.monthly_contribution,
				       e.enrolled_on, e.paid_through, 'benchmark', now()
				from enrollment e""");
		jdbc.update("""
				insert into village_profile (village_code, workforce_estimate, updated_at, updated_by)
				select v.code, (? / ?) * 2 + (v.n % 500), now(), 'benchmark' from bench_village v
				on conflict (village_code) do nothing""", workers, villages);
		for (String definition : indexes) {
			jdbc.execute(definition);
		}
		jdbc.execute("drop table bench_village");
		for (String table : AGGREGATED_TABLES) {
			jdbc.execute("alter table " + table + " enable trigger user");
		}
		jdbc.execute("select recount_coverage_aggregates()");
		jdbc.execute("analyze");
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		counts.put("villages", villages);
		for (String table : List.of("worker", "enrollment", "enrollment_program", "payment", "village_profile")) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}
}
