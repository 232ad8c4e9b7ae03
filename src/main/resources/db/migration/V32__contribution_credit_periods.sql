-- Issue #17: the PP 50/2025 credit (V31) becomes a dated rule like the others, kept on the rules page through
-- RuleKeeper: its period is the contribution months it credits, valid_from included, valid_to excluded (null: no
-- end), each on the first day of a month. A payment made before in_force_on at the full rate, for months within
-- the period that the rule's discount covers, is credited rather than refused. The seeded row credits the months
-- from January 2026, the first month PP 50/2025's discount covers (V3).
alter table contribution_credit
    add column valid_from date,
    add column valid_to   date;

update contribution_credit set valid_from = '2026-01-01' where rule_code = 'PP-50-2025';
update contribution_credit set valid_from = date_trunc('month', in_force_on)::date where valid_from is null;

alter table contribution_credit
    alter column valid_from set not null,
    drop constraint contribution_credit_rule_code_key,
    add constraint contribution_credit_version unique (rule_code, valid_from),
    add constraint contribution_credit_period check (valid_to is null or valid_to > valid_from),
    add constraint contribution_credit_months check (extract(day from valid_from) = 1
        and (valid_to is null or extract(day from valid_to) = 1));
