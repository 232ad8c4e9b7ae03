-- Issue #17: the contribution rules as the agency applies them (domain.md, "The top of the table", PU
-- contributions, PP 49/2020). Data only: the tables of V3 keep their shape, so that a quote stays "stored rows
-- and a few plain rules" (RateTable).

-- The top of the BPU nominal table: JKK is at most Rp207,000 a month, so the highest base is Rp20,700,000 [M,
-- press explaining the table]; an income above the top bracket pays on the top base, never on the income itself.
-- The top bracket's lower edge was not found: an income of Rp20,700,000 or more is placed on it, so that no base
-- exceeds Rp20,700,000 whatever the unknown middle brackets are. Those (Rp1,300,000 to Rp20,699,999) stay for a
-- manager to complete on the rules page; until then an income between brackets is its own base, with the
-- warning income-bracket-unknown. Dated like the rest of the table: PP 44/2015's nominal table, as last amended.
insert into income_bracket (segment, min_income, max_income, base, valid_from, source) values
	('BPU', 20700000, null, 20700000, '2015-07-01',
	 'PP 44/2015 nominal table (Lampiran II, as last amended by PP 49/2023): the top base Rp20,700,000, JKK at most Rp207,000 a month [M]; lower edge of the top bracket not found');

-- The JP wage cap, raised each March: Rp10,547,400 from 1 March 2025 until the next one, Rp11,086,300 from
-- 1 March 2026 [M]. The 2026 cap holds for its year; after 1 March 2027, until a manager adds the next one, a
-- quote uses the last known cap with the warning wage-cap-unknown.
update wage_cap set valid_to = '2026-03-01' where program = 'JP' and valid_from = '2025-03-01' and valid_to is null;
insert into wage_cap (program, cap, valid_from, valid_to, source) values
	('JP', 11086300, '2026-03-01', '2027-03-01', 'BPJS Ketenagakerjaan: JP wage cap from 1 March 2026 [M]');

-- PP 49/2020, the pandemic relief: JKK and JKM cut by 99% for contribution months August 2020 to January 2021 (a
-- BPU paid Rp68 for JKM) [H]. domain.md names no segment or payer it left out: every segment, sector and payer.
-- It matters for payment history imported from those months.
with discount as (
	insert into contribution_discount (rule_code, segment, sector_scope, first_month, last_month, percent,
		public_budget_excluded, source)
	values ('PP-49-2020', 'BPU', 'ALL', '2020-08-01', '2021-01-01', 99, false,
		'PP 49/2020: JKK and JKM cut by 99%, contribution months August 2020 to January 2021 (BPU JKM Rp68) [H]')
	returning id
)
insert into contribution_discount_program (discount_id, program)
select discount.id, program from discount cross join (values ('JKK'), ('JKM')) as listed (program);

with discount as (
	insert into contribution_discount (rule_code, segment, sector_scope, first_month, last_month, percent,
		public_budget_excluded, source)
	values ('PP-49-2020', 'PU', 'ALL', '2020-08-01', '2021-01-01', 99, false,
		'PP 49/2020: JKK and JKM cut by 99%, contribution months August 2020 to January 2021 [H]')
	returning id
)
insert into contribution_discount_program (discount_id, program)
select discount.id, program from discount cross join (values ('JKK'), ('JKM')) as listed (program);
