-- Aggregates of the full managers' dashboard (issue #4, items 1 and 7), kept by triggers in the manner of
-- V5__coverage_aggregates.sql, so that an unfiltered dashboard never scans workers or enrollments.
--
-- * district_enrollment_months: open enrollments by the district of their worker and the month they were
--   enrolled in. Kept per district, not per village: the province's chart sums 576 districts' rows instead of
--   8,563 villages' (the dashboard page shows no village's months; the API counts a village's directly).
--   Open enrollments only, like "enrolled": the months of a period add up to the enrolled of that period.
-- * event_enrollments: every enrollment made at an event (open or ended), as the event page counts them.
-- * village_readiness: whether a village meets the Desa Sadar checklist. The rule is Java's
--   (village.Readiness.assess), so SQL only notes that a village's facts changed (changes > assessed) and the
--   village module assesses such villages again before it counts (village.ReadyVillages).

create table district_enrollment_months (
    district_code  varchar(8) collate "C" not null references region (code),
    enrolled_month date not null check (extract(day from enrolled_month) = 1),
    enrollments    bigint not null check (enrollments >= 0),
    primary key (district_code, enrolled_month)
);

create table event_enrollments (
    event_id    bigint primary key references event (id) on delete cascade,
    enrollments bigint not null check (enrollments >= 0)
);

create table village_readiness (
    village_code varchar(13) collate "C" primary key references region (code),
    ready        boolean not null default false,
    -- Facts changed this many times; the assessment in ready saw them up to assessed.
    changes      bigint  not null default 1,
    assessed     bigint  not null default 0
);
-- The few villages to assess again, and the ready ones to count.
create index village_readiness_stale_idx on village_readiness (village_code) where changes <> assessed;
create index village_readiness_ready_idx on village_readiness (village_code) where ready;

-- As V5: adding inserts or adds, taking away updates (a counter below 0 fails its check: a bug, loudly).
create function district_enrollment_months_add(village varchar, enrolled date, delta bigint) returns void
language plpgsql as $$
begin
    if delta > 0 then
        insert into district_enrollment_months (district_code, enrolled_month, enrollments)
        values (substr(village, 1, 8), date_trunc('month', enrolled)::date, delta)
        on conflict (district_code, enrolled_month)
        do update set enrollments = district_enrollment_months.enrollments + excluded.enrollments;
    else
        update district_enrollment_months set enrollments = enrollments + delta
        where district_code = substr(village, 1, 8) and enrolled_month = date_trunc('month', enrolled)::date;
    end if;
end $$;

create function event_enrollments_add(of_event bigint, delta bigint) returns void language plpgsql as $$
begin
    if of_event is null then
        return;
    end if;
    if delta > 0 then
        insert into event_enrollments (event_id, enrollments) values (of_event, delta)
        on conflict (event_id) do update set enrollments = event_enrollments.enrollments + excluded.enrollments;
    else
        update event_enrollments set enrollments = enrollments + delta where event_id = of_event;
    end if;
end $$;

create function village_readiness_touch(village varchar) returns void language plpgsql as $$
begin
    if village is null then
        return;
    end if;
    insert into village_readiness (village_code) values (village)
    on conflict (village_code) do update set changes = village_readiness.changes + 1;
end $$;

-- Enrollment: months while open, events always, the village's readiness when it opens, ends or moves.
create function dashboard_follow_enrollment() returns trigger language plpgsql as $$
declare
    old_village varchar;
    new_village varchar;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        old_village := worker_village_locked(old.worker_id);
        if old.ended_on is null then
            perform district_enrollment_months_add(old_village, old.enrolled_on, -1);
        end if;
        perform event_enrollments_add(old.event_id, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        new_village := worker_village_locked(new.worker_id);
        if new.ended_on is null then
            perform district_enrollment_months_add(new_village, new.enrolled_on, 1);
        end if;
        perform event_enrollments_add(new.event_id, 1);
    end if;
    perform village_readiness_touch(old_village);
    if new_village is distinct from old_village then
        perform village_readiness_touch(new_village);
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return null;
end $$;

-- An update only when one of these changed: the pages save every column of an enrollment on a payment.
create trigger dashboard_follows_new_enrollment
    after insert on enrollment
    for each row execute function dashboard_follow_enrollment();
create trigger dashboard_follows_changed_enrollment
    after update of ended_on, worker_id, enrolled_on, event_id on enrollment
    for each row when (old.ended_on is distinct from new.ended_on or old.worker_id is distinct from new.worker_id
        or old.enrolled_on is distinct from new.enrolled_on or old.event_id is distinct from new.event_id)
    execute function dashboard_follow_enrollment();
create trigger dashboard_follows_deleted_enrollment
    before delete on enrollment
    for each row execute function dashboard_follow_enrollment();

-- Worker: registration and deletion change readiness; a correction of the village moves the open enrollment's
-- month (to another district perhaps) and changes both villages' readiness; a new role changes readiness.
create function dashboard_follow_worker() returns trigger language plpgsql as $$
declare
    open_enrollment enrollment%rowtype;
begin
    if tg_op = 'UPDATE' and old.village_code is distinct from new.village_code then
        select * into open_enrollment from enrollment where worker_id = new.id and ended_on is null;
        if found then
            perform district_enrollment_months_add(old.village_code, open_enrollment.enrolled_on, -1);
            perform district_enrollment_months_add(new.village_code, open_enrollment.enrolled_on, 1);
        end if;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform village_readiness_touch(old.village_code);
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and old.village_code is distinct from new.village_code) then
        perform village_readiness_touch(new.village_code);
    end if;
    return null;
end $$;

create trigger dashboard_follows_worker
    after insert or delete on worker
    for each row execute function dashboard_follow_worker();
create trigger dashboard_follows_changed_worker
    after update of village_code, village_role on worker
    for each row when (old.village_code is distinct from new.village_code or old.village_role is distinct from new.village_role)
    execute function dashboard_follow_worker();

-- The profile holds the totals and the workforce estimate the checklist compares with.
create function dashboard_follow_village_profile() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform village_readiness_touch(old.village_code);
        return null;
    end if;
    perform village_readiness_touch(new.village_code);
    return null;
end $$;

create trigger dashboard_follows_village_profile
    after insert or update or delete on village_profile
    for each row execute function dashboard_follow_village_profile();

-- V5's recount, now also of these aggregates: V5's own body is kept under another name and called first, so
-- that bulk loaders go on calling recount_coverage_aggregates(). Readiness is only marked, to be assessed in Java.
alter function recount_coverage_aggregates() rename to recount_village_aggregates;

create function recount_dashboard_aggregates() returns void language plpgsql as $$
begin
    delete from district_enrollment_months;
    delete from event_enrollments;

    insert into district_enrollment_months (district_code, enrolled_month, enrollments)
    select substr(w.village_code, 1, 8), date_trunc('month', e.enrolled_on)::date, count(*)
    from enrollment e join worker w on w.id = e.worker_id
    where e.ended_on is null
    group by 1, 2;

    insert into event_enrollments (event_id, enrollments)
    select event_id, count(*) from enrollment where event_id is not null group by event_id;

    insert into village_readiness (village_code)
    select village_code from worker union select village_code from village_profile
    on conflict (village_code) do update set changes = village_readiness.changes + 1;
end $$;

create function recount_coverage_aggregates() returns void language plpgsql as $$
begin
    perform recount_village_aggregates();
    perform recount_dashboard_aggregates();
end $$;

-- V5 counted its own aggregates when it ran.
select recount_dashboard_aggregates();
