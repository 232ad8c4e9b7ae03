-- Issue #17: the Perisai incentives since 2022 beside the 2018 scheme (domain.md, "Perisai incentives since 2022").
-- Both are rows of agent_fee_rule, dated like every rule: an agent's month is paid by the scheme in force on its
-- first day. Each scheme has its own values; a check keeps the other scheme's columns empty.
--   PERISAI_2018: fee_percent of the contributions collected in the month, plus bonus_amount for bonus_threshold or
--                 more new participants in the month.
--   PERISAI_2022: acquisition_amount per new participant enrolled with JKK+JKM (acquisition_jht_amount with JHT),
--                 only in a month with acquisition_threshold or more new NIKs never enrolled before; retention of
--                 retention_percent of the contributions paid for the participant's months 1 to retention_months
--                 and later_retention_percent for the months after, to later_retention_until_month; the Kantor
--                 Perisai receives office_share_percent of its Perisais' incentives.
alter table agent_fee_rule add column scheme varchar(12) not null default 'PERISAI_2018'
    check (scheme in ('PERISAI_2018', 'PERISAI_2022'));
alter table agent_fee_rule alter column scheme drop default;
alter table agent_fee_rule alter column fee_percent drop not null;
alter table agent_fee_rule alter column bonus_threshold drop not null;
alter table agent_fee_rule alter column bonus_amount drop not null;
alter table agent_fee_rule
    add column acquisition_amount          bigint        check (acquisition_amount >= 0),
    add column acquisition_jht_amount      bigint        check (acquisition_jht_amount >= 0),
    add column acquisition_threshold       integer       check (acquisition_threshold > 0),
    add column retention_percent           numeric(7, 4) check (retention_percent >= 0 and retention_percent <= 100),
    add column retention_months            integer       check (retention_months > 0),
    add column later_retention_percent     numeric(7, 4) check (later_retention_percent >= 0 and later_retention_percent <= 100),
    add column later_retention_until_month integer,
    add column office_share_percent        numeric(7, 4) check (office_share_percent >= 0 and office_share_percent <= 100),
    add constraint agent_fee_rule_scheme_values check (
        (scheme = 'PERISAI_2018'
            and fee_percent is not null and bonus_threshold is not null and bonus_amount is not null
            and num_nonnulls(acquisition_amount, acquisition_jht_amount, acquisition_threshold, retention_percent,
                retention_months, later_retention_percent, later_retention_until_month, office_share_percent) = 0)
        or (scheme = 'PERISAI_2022'
            and num_nulls(acquisition_amount, acquisition_jht_amount, acquisition_threshold, retention_percent,
                retention_months, later_retention_percent, later_retention_until_month, office_share_percent) = 0
            and num_nonnulls(fee_percent, bonus_threshold, bonus_amount) = 0
            and later_retention_until_month > retention_months));

-- The 2018 scheme was launched in February 2018 (domain.md, Who uses it), not with the programs in July 2015 as V4
-- had to assume, and Perdir 13/PERDIR.02/042022 replaced it. Its number dates it April 2022 ("042022"): the
-- start of the new scheme as far as the sources go [L]; no month before it had an agent's incentive computed
-- under the new one.
update agent_fee_rule set valid_from = '2018-02-01', valid_to = '2022-04-01',
    source = 'domain.md [H]: the Perisai scheme launched in February 2018, 7.5% of contributions collected, plus Rp500,000 for 50 or more new participants in a month; replaced by Perdir 13/PERDIR.02/042022'
where scheme = 'PERISAI_2018' and valid_from = '2015-07-01' and valid_to is null;

insert into agent_fee_rule (scheme, valid_from, acquisition_amount, acquisition_jht_amount, acquisition_threshold,
    retention_percent, retention_months, later_retention_percent, later_retention_until_month, office_share_percent, source)
select 'PERISAI_2022', '2022-04-01', 10000, 15000, 25, 15, 24, 5, 60, 10,
    'Perdir 13/PERDIR.02/042022 [M]: Rp10,000 per new participant with JKK+JKM (Rp15,000 with JHT [L]) in a month of 25 or more new NIKs; 15% of contributions paid for participant months 1-24, 5% for months 25-60; the Kantor Perisai 10% of its Perisais'' incentives; start month read from the decree''s number [L]'
where exists (select 1 from agent_fee_rule where scheme = 'PERISAI_2018' and valid_to = '2022-04-01');

-- A worker's enrollments in order: whether an agent's new participant is a NIK never enrolled before (the 2022
-- acquisition counts only those), read per new participant of the month.
create index enrollment_worker_history_idx on enrollment (worker_id, enrolled_on, id);
