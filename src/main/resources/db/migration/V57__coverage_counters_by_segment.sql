-- Issue #17 (the PU due date everywhere) and #20 item 1 (the status windows written once): the counters of open
-- enrollments by month paid through (V5 per village, V12 per district) gain the worker's segment as a key.
-- A PU worker's month falls due by the 15th of the following month, a BPU worker's by the 15th of the month itself
-- (domain.md, PU contributions; payment_term, V31), so on one day the two segments have different boundaries on
-- the month paid through: without the segment in the key, the dashboards and the village figures counted PU
-- workers in arrears a month early. The boundaries are Java's (enrollment.CoverageWindows, which writes every
-- status condition on paid_through); SQL only keeps the counts per (region, segment, month paid through).
--
-- Same locking as V5 and V12: a row lock on each counter changed, taken after the worker's row FOR SHARE; the
-- district counters follow the village counters by statement triggers in code order.

alter table village_enrollments add column segment varchar(3);
alter table district_enrollments add column segment varchar(3);

-- Emptied and counted again below. TRUNCATE fires none of V12's delete triggers: both tables start empty.
truncate village_enrollments, district_enrollments;

alter table village_enrollments alter column segment set not null,
    add constraint village_enrollments_segment_known check (segment in ('BPU', 'PU'));
alter table district_enrollments alter column segment set not null,
    add constraint district_enrollments_segment_known check (segment in ('BPU', 'PU'));

-- The code stays first: the dashboards read a code range (a region's villages or districts).
drop index village_enrollments_key;
create unique index village_enrollments_key
    on village_enrollments (village_code, segment, coalesce(paid_through, '-infinity'::date));
drop index district_enrollments_key;
create unique index district_enrollments_key
    on district_enrollments (district_code, segment, coalesce(paid_through, '-infinity'::date));

-- As V5's, with the segment.
drop function village_enrollments_add(varchar, date, bigint);
create function village_enrollments_add(village varchar, of_segment varchar, month date, delta bigint) returns void
language plpgsql set plan_cache_mode = auto as $$
begin
    if delta > 0 then
        insert into village_enrollments (village_code, segment, paid_through, enrollments)
        values (village, of_segment, month, delta)
        on conflict (village_code, segment, coalesce(paid_through, '-infinity'::date))
        do update set enrollments = village_enrollments.enrollments + excluded.enrollments;
    else
        update village_enrollments set enrollments = enrollments + delta
        where village_code = village and segment = of_segment
          and coalesce(paid_through, '-infinity'::date) = coalesce(month, '-infinity'::date);
    end if;
end $$;

-- V5's enrollment trigger: the open enrollment counts in its worker's village and segment, both read with the
-- worker's row locked FOR SHARE (as worker_village_locked did), so that a correction of the worker's village or
-- segment and a payment never both count from a stale key.
create or replace function village_coverage_follow_enrollment() returns trigger
language plpgsql set plan_cache_mode = auto as $$
declare
    old_village varchar;
    new_village varchar;
    old_segment varchar;
    new_segment varchar;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        if old.ended_on is null then
            select village_code, segment into old_village, old_segment from worker where id = old.worker_id for share;
            perform village_enrollments_add(old_village, old_segment, old.paid_through, -1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        if new.ended_on is null then
            select village_code, segment into new_village, new_segment from worker where id = new.worker_id for share;
            perform village_enrollments_add(new_village, new_segment, new.paid_through, 1);
        end if;
    end if;
    -- Programs change only when the enrollment opens, ends, goes or changes village; not on a payment.
    if tg_op <> 'INSERT' and old_village is distinct from new_village then
        if old_village is not null then
            perform village_programs_add(old_village, old.id, -1);
        end if;
        if new_village is not null then
            perform village_programs_add(new_village, new.id, 1);
        end if;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return null;
end $$;

-- V5's worker trigger, which since V7_1 runs only on a correction: a new village moves the worker's count, the
-- open enrollment and its programs; a new segment (a correction may change it) moves the open enrollment's count.
create or replace function village_coverage_follow_worker() returns trigger
language plpgsql set plan_cache_mode = auto as $$
declare
    open_enrollment enrollment%rowtype;
    moved boolean := old.village_code is distinct from new.village_code;
begin
    if moved then
        perform village_workers_add(old.village_code, -1);
        perform village_workers_add(new.village_code, 1);
    end if;
    select * into open_enrollment from enrollment where worker_id = new.id and ended_on is null;
    if found then
        perform village_enrollments_add(old.village_code, old.segment, open_enrollment.paid_through, -1);
        perform village_enrollments_add(new.village_code, new.segment, open_enrollment.paid_through, 1);
        if moved then
            perform village_programs_add(old.village_code, open_enrollment.id, -1);
            perform village_programs_add(new.village_code, open_enrollment.id, 1);
        end if;
    end if;
    return null;
end $$;

drop trigger village_coverage_follows_moved_worker on worker;
create trigger village_coverage_follows_moved_worker
    after update of village_code, segment on worker
    for each row when (old.village_code is distinct from new.village_code or old.segment is distinct from new.segment)
    execute function village_coverage_follow_worker();

-- V12's district sums, with the segment.
create or replace function district_enrollments_follow_villages() returns trigger
language plpgsql set plan_cache_mode = auto as $$
begin
    if tg_op = 'INSERT' then
        insert into district_enrollments (district_code, segment, paid_through, enrollments)
        select substr(village_code, 1, 8), segment, paid_through, sum(enrollments) from new_rows
        group by 1, 2, 3 order by 1, 2, 3
        on conflict (district_code, segment, coalesce(paid_through, '-infinity'::date))
        do update set enrollments = district_enrollments.enrollments + excluded.enrollments;
    elsif tg_op = 'UPDATE' then
        update district_enrollments d set enrollments = d.enrollments + c.delta
        from (select district, segment, paid_through, sum(n) as delta from (
                  select substr(village_code, 1, 8) as district, segment, paid_through, enrollments as n from new_rows
                  union all select substr(village_code, 1, 8), segment, paid_through, -enrollments from old_rows) r
              group by district, segment, paid_through having sum(n) <> 0) c
        where d.district_code = c.district and d.segment = c.segment
          and coalesce(d.paid_through, '-infinity'::date) = coalesce(c.paid_through, '-infinity'::date);
    else
        update district_enrollments d set enrollments = d.enrollments - c.n
        from (select substr(village_code, 1, 8) as district, segment, paid_through, sum(enrollments) as n
              from old_rows group by 1, 2, 3) c
        where d.district_code = c.district and d.segment = c.segment
          and coalesce(d.paid_through, '-infinity'::date) = coalesce(c.paid_through, '-infinity'::date);
    end if;
    return null;
end $$;

-- V5's recount (renamed in V6), with the segment; recount_coverage_aggregates() still calls it first.
create or replace function recount_village_aggregates() returns void language plpgsql as $$
begin
    delete from village_workers;
    delete from village_enrollments;
    delete from village_programs;

    insert into village_workers (village_code, workers)
    select village_code, count(*) from worker group by village_code;

    insert into village_enrollments (village_code, segment, paid_through, enrollments)
    select w.village_code, w.segment, e.paid_through, count(*)
    from enrollment e join worker w on w.id = e.worker_id
    where e.ended_on is null
    group by w.village_code, w.segment, e.paid_through;

    insert into village_programs (village_code, program, enrollments)
    select w.village_code, p.program, count(*)
    from enrollment e join worker w on w.id = e.worker_id join enrollment_program p on p.enrollment_id = e.id
    where e.ended_on is null
    group by w.village_code, p.program;
end $$;

-- The open enrollments as they are now; V12's insert trigger sums them per district.
insert into village_enrollments (village_code, segment, paid_through, enrollments)
select w.village_code, w.segment, e.paid_through, count(*)
from enrollment e join worker w on w.id = e.worker_id
where e.ended_on is null
group by w.village_code, w.segment, e.paid_through
order by 1, 2, 3;
