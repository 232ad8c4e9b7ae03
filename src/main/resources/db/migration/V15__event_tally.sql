-- The event tally from counters (issue #7, load test): a booth page, the event page and the event API showed an
-- event's figures by counting over all its enrollments (3.5 ms of PostgreSQL per booth page at an event with ~600
-- enrollments, growing with the festival). They now read counters kept by triggers in the same transaction as
-- the change, in the manner of V5 and V6. Same semantics as the counts they replace (EnrollmentFigures): every
-- enrollment whose event_id is the event, open or ended, and its programs.
--
-- * event_enrollments (V6) gains the sum of the enrollments' monthly_contribution.
-- * event_programs: the event's enrollments per program.
-- * event_days: the event's enrollments per enrollment date (today's count at a booth).
--
-- Counter rows are hot (every officer at one booth updates them): one upsert per counter per registration, in
-- the existing trigger functions. Lock order: of an event's counters, event_enrollments first in every change of
-- its enrollments (as in V6, after the district's months), then event_days, then event_programs; an event's
-- programs before the village's programs. Registrations at one event queue on their event_enrollments row, as
-- they did since V6; the new counters are updated after it, so they add no other place to wait first.

alter table event_enrollments add column monthly_contribution bigint not null default 0
    check (monthly_contribution >= 0);

create table event_days (
    event_id    bigint not null references event (id) on delete cascade,
    enrolled_on date   not null,
    enrollments bigint not null check (enrollments >= 0),
    primary key (event_id, enrolled_on)
);

create table event_programs (
    event_id    bigint     not null references event (id) on delete cascade,
    program     varchar(3) not null,
    enrollments bigint     not null check (enrollments >= 0),
    primary key (event_id, program)
);

-- One enrollment coming to (delta 1) or leaving (delta -1) an event's count, its day and its contribution sum; or,
-- with delta 0, a corrected contribution only. As V5: adding upserts, taking away updates (a counter below 0
-- fails its check: a bug, loudly). Replaces V6's event_enrollments_add.
create function event_tally_add(of_event bigint, enrolled date, delta bigint, contribution bigint) returns void
language plpgsql as $$
begin
    if of_event is null or (delta = 0 and contribution = 0) then
        return;
    end if;
    if delta > 0 then
        insert into event_enrollments (event_id, enrollments, monthly_contribution) values (of_event, delta, contribution)
        on conflict (event_id) do update set enrollments = event_enrollments.enrollments + excluded.enrollments,
            monthly_contribution = event_enrollments.monthly_contribution + excluded.monthly_contribution;
        insert into event_days (event_id, enrolled_on, enrollments) values (of_event, enrolled, delta)
        on conflict (event_id, enrolled_on) do update set enrollments = event_days.enrollments + excluded.enrollments;
    else
        update event_enrollments set enrollments = enrollments + delta,
            monthly_contribution = monthly_contribution + contribution
        where event_id = of_event;
        if delta <> 0 then
            update event_days set enrollments = enrollments + delta where event_id = of_event and enrolled_on = enrolled;
        end if;
    end if;
end $$;

create function event_program_add(of_event bigint, of_program varchar, delta bigint) returns void language plpgsql as $$
begin
    if of_event is null then
        return;
    end if;
    if delta > 0 then
        insert into event_programs (event_id, program, enrollments) values (of_event, of_program, delta)
        on conflict (event_id, program) do update set enrollments = event_programs.enrollments + excluded.enrollments;
    else
        update event_programs set enrollments = enrollments + delta where event_id = of_event and program = of_program;
    end if;
end $$;

-- All programs of one enrollment, when it leaves an event (moved or deleted) or comes to one (moved).
create function event_programs_add(of_event bigint, of_enrollment bigint, delta bigint) returns void language plpgsql as $$
declare
    one_program varchar;
begin
    if of_event is null then
        return;
    end if;
    for one_program in select program from enrollment_program where enrollment_id = of_enrollment order by program loop
        perform event_program_add(of_event, one_program, delta);
    end loop;
end $$;

-- V6's function with the event tally: the count, day and contribution follow every insert, delete and change of
-- event, date or contribution; the programs follow a change of event and a delete (on insert they are not there
-- yet: the enrollment_program trigger counts them). The district months and the readiness mark are as in V6, and
-- are left alone when only the contribution changed.
create or replace function dashboard_follow_enrollment() returns trigger language plpgsql as $$
declare
    old_village varchar;
    new_village varchar;
    old_event bigint;
    new_event bigint;
    old_day date;
    new_day date;
    old_contribution bigint;
    new_contribution bigint;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        old_event := old.event_id;
        old_day := old.enrolled_on;
        old_contribution := old.monthly_contribution;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        new_event := new.event_id;
        new_day := new.enrolled_on;
        new_contribution := new.monthly_contribution;
    end if;
    if tg_op = 'UPDATE' then
        if old.ended_on is not distinct from new.ended_on and old.worker_id = new.worker_id
                and old_day = new_day and old_event is not distinct from new_event then
            -- A corrected contribution: nothing but the event's sum moves.
            perform event_tally_add(new_event, new_day, 0, new_contribution - old_contribution);
            return null;
        end if;
    end if;

    if tg_op in ('UPDATE', 'DELETE') then
        old_village := worker_village_locked(old.worker_id);
        if old.ended_on is null then
            perform district_enrollment_months_add(old_village, old.enrolled_on, -1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        new_village := worker_village_locked(new.worker_id);
        if new.ended_on is null then
            perform district_enrollment_months_add(new_village, new.enrolled_on, 1);
        end if;
    end if;

    if tg_op = 'UPDATE' and old_event is not distinct from new_event and old_day = new_day then
        -- Ended, or given to another worker: the same event and day; the contribution may have changed too.
        perform event_tally_add(new_event, new_day, 0, new_contribution - old_contribution);
    else
        perform event_tally_add(old_event, old_day, -1, -old_contribution);
        perform event_tally_add(new_event, new_day, 1, new_contribution);
        if tg_op <> 'INSERT' and old_event is distinct from new_event then
            perform event_programs_add(old_event, old.id, -1);
            perform event_programs_add(new_event, old.id, 1);
        end if;
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

drop function event_enrollments_add(bigint, bigint);

-- V6's trigger, now also on a corrected contribution (still not on a payment, which saves the same values).
drop trigger dashboard_follows_changed_enrollment on enrollment;
create trigger dashboard_follows_changed_enrollment
    after update of ended_on, worker_id, enrolled_on, event_id, monthly_contribution on enrollment
    for each row when (old.ended_on is distinct from new.ended_on or old.worker_id is distinct from new.worker_id
        or old.enrolled_on is distinct from new.enrolled_on or old.event_id is distinct from new.event_id
        or old.monthly_contribution is distinct from new.monthly_contribution)
    execute function dashboard_follow_enrollment();

-- V5's function with the event's programs: a program added to or removed from an enrollment counts for the
-- enrollment's event (open or ended) and, while the enrollment is open, for its worker's village. The enrollment
-- is read FOR SHARE: a concurrent change of its event or end waits for this one (or this one for it, and then
-- reads the committed row), so the programs are never counted under an event or village the enrollment left.
-- The event's counter before the village's, as on delete (dashboard_follows_deleted_enrollment runs first).
create or replace function village_coverage_follow_enrollment_program() returns trigger language plpgsql as $$
declare
    of_event bigint;
    village varchar;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        select e.event_id, case when e.ended_on is null then worker_village_locked(e.worker_id) end
        into of_event, village
        from enrollment e where e.id = old.enrollment_id for share;
        perform event_program_add(of_event, old.program, -1);
        if village is not null then
            perform village_program_add(village, old.program, -1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select e.event_id, case when e.ended_on is null then worker_village_locked(e.worker_id) end
        into of_event, village
        from enrollment e where e.id = new.enrollment_id for share;
        perform event_program_add(of_event, new.program, 1);
        if village is not null then
            perform village_program_add(village, new.program, 1);
        end if;
    end if;
    return null;
end $$;

-- The event tally counted again from the rows, as a repair and to fill it below.
create function recount_event_tallies() returns void language plpgsql as $$
begin
    delete from event_enrollments;
    delete from event_days;
    delete from event_programs;

    insert into event_enrollments (event_id, enrollments, monthly_contribution)
    select event_id, count(*), sum(monthly_contribution) from enrollment where event_id is not null group by event_id;

    insert into event_days (event_id, enrolled_on, enrollments)
    select event_id, enrolled_on, count(*) from enrollment where event_id is not null group by event_id, enrolled_on;

    insert into event_programs (event_id, program, enrollments)
    select e.event_id, p.program, count(*)
    from enrollment e join enrollment_program p on p.enrollment_id = e.id
    where e.event_id is not null
    group by e.event_id, p.program;
end $$;

-- V6's recount with the event tally in place of its count of event_enrollments; recount_coverage_aggregates()
-- calls it, as before.
create or replace function recount_dashboard_aggregates() returns void language plpgsql as $$
begin
    delete from district_enrollment_months;

    insert into district_enrollment_months (district_code, enrolled_month, enrollments)
    select substr(w.village_code, 1, 8), date_trunc('month', e.enrolled_on)::date, count(*)
    from enrollment e join worker w on w.id = e.worker_id
    where e.ended_on is null
    group by 1, 2;

    perform recount_event_tallies();

    insert into village_readiness (village_code)
    select village_code from worker union select village_code from village_profile
    on conflict (village_code) do update set changes = village_readiness.changes + 1;
end $$;

select recount_event_tallies();
