-- Coverage aggregates (issue #4): the dashboard and village figures read these per-village counts instead
-- of scanning workers and enrollments on every view. Triggers keep them right for every writer (the API,
-- the pages, the demo data, a bulk import), so no code has to remember to.
--
-- "Active" depends on today (paid through the last month due), so it is not stored: it is the sum of the
-- open enrollments paid through that month or later, taken at read time. Time passing needs no write.
--
-- Counters are changed with insert ... on conflict do update (n = n + delta): a row lock on one counter,
-- held until commit, so concurrent transactions add up exactly. Rows that reach 0 stay (a handful per village).

-- Workers registered in a village.
create table village_workers (
    village_code varchar(13) collate "C" primary key references region (code),
    workers      bigint not null check (workers >= 0)
);

-- Open enrollments (ended_on is null) of the village's workers, by the month paid through (null: nothing paid yet).
create table village_enrollments (
    village_code varchar(13) collate "C" not null references region (code),
    paid_through date,
    enrollments  bigint not null check (enrollments >= 0)
);
-- A null month is a key of its own (one row for "nothing paid yet"), hence the expression.
create unique index village_enrollments_key on village_enrollments (village_code, coalesce(paid_through, '-infinity'::date));

-- Programs of the open enrollments of the village's workers.
create table village_programs (
    village_code varchar(13) collate "C" not null references region (code),
    program      varchar(3) not null,
    enrollments  bigint not null check (enrollments >= 0),
    primary key (village_code, program)
);

-- Adding inserts the counter or adds to it; taking away updates it (an insert of the negative row would fail
-- the check before any conflict is seen). A counter that would go below 0 fails the check: a bug, loudly.
create function village_workers_add(village varchar, delta bigint) returns void language plpgsql as $$
begin
    if delta > 0 then
        insert into village_workers (village_code, workers) values (village, delta)
        on conflict (village_code) do update set workers = village_workers.workers + excluded.workers;
    else
        update village_workers set workers = workers + delta where village_code = village;
    end if;
end $$;

create function village_enrollments_add(village varchar, month date, delta bigint) returns void language plpgsql as $$
begin
    if delta > 0 then
        insert into village_enrollments (village_code, paid_through, enrollments) values (village, month, delta)
        on conflict (village_code, coalesce(paid_through, '-infinity'::date))
        do update set enrollments = village_enrollments.enrollments + excluded.enrollments;
    else
        update village_enrollments set enrollments = enrollments + delta
        where village_code = village and coalesce(paid_through, '-infinity'::date) = coalesce(month, '-infinity'::date);
    end if;
end $$;

create function village_program_add(village varchar, of_program varchar, delta bigint) returns void language plpgsql as $$
begin
    if delta > 0 then
        insert into village_programs (village_code, program, enrollments) values (village, of_program, delta)
        on conflict (village_code, program) do update set enrollments = village_programs.enrollments + excluded.enrollments;
    else
        update village_programs set enrollments = enrollments + delta where village_code = village and program = of_program;
    end if;
end $$;

-- All programs of one enrollment, when it opens, ends or changes village.
create function village_programs_add(village varchar, of_enrollment bigint, delta bigint) returns void language plpgsql as $$
declare
    one_program varchar;
begin
    for one_program in select program from enrollment_program where enrollment_id = of_enrollment order by program loop
        perform village_program_add(village, one_program, delta);
    end loop;
end $$;

-- The village of a worker, locked against a concurrent move of the worker (FOR SHARE waits for an
-- uncommitted update of the worker and then reads the committed village), so that a move and an
-- enrollment change of the same worker never both count from a stale village.
create function worker_village_locked(of_worker bigint) returns varchar language sql as $$
    select village_code from worker where id = of_worker for share;
$$;

-- Worker: registration, correction of the village (moves the worker and its open enrollment), deletion.
create function village_coverage_follow_worker() returns trigger language plpgsql as $$
declare
    open_enrollment enrollment%rowtype;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform village_workers_add(old.village_code, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform village_workers_add(new.village_code, 1);
    end if;
    if tg_op = 'UPDATE' then
        -- A new worker has no enrollment, and a worker can only be deleted after its enrollments.
        select * into open_enrollment from enrollment where worker_id = new.id and ended_on is null;
        if found then
            perform village_enrollments_add(old.village_code, open_enrollment.paid_through, -1);
            perform village_enrollments_add(new.village_code, open_enrollment.paid_through, 1);
            perform village_programs_add(old.village_code, open_enrollment.id, -1);
            perform village_programs_add(new.village_code, open_enrollment.id, 1);
        end if;
    end if;
    return null;
end $$;

create trigger village_coverage_follows_worker
    after insert or delete on worker
    for each row execute function village_coverage_follow_worker();
create trigger village_coverage_follows_moved_worker
    after update of village_code on worker
    for each row when (old.village_code is distinct from new.village_code)
    execute function village_coverage_follow_worker();

-- Enrollment: it counts while open (ended_on is null), in its worker's village, under its month paid through.
-- Insert and update are handled after the change; a delete before it, while its programs are still there
-- (the cascade to enrollment_program runs before any after trigger of ours, and then finds no enrollment).
-- On insert the programs are not there yet: the enrollment_program trigger counts them.
create function village_coverage_follow_enrollment() returns trigger language plpgsql as $$
declare
    old_village varchar;
    new_village varchar;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        if old.ended_on is null then
            old_village := worker_village_locked(old.worker_id);
            perform village_enrollments_add(old_village, old.paid_through, -1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        if new.ended_on is null then
            new_village := worker_village_locked(new.worker_id);
            perform village_enrollments_add(new_village, new.paid_through, 1);
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

create trigger village_coverage_follows_enrollment
    after insert or update of paid_through, ended_on, worker_id on enrollment
    for each row execute function village_coverage_follow_enrollment();
create trigger village_coverage_follows_deleted_enrollment
    before delete on enrollment
    for each row execute function village_coverage_follow_enrollment();

-- Programs of an open enrollment, added (as on enrollment) or removed.
create function village_coverage_follow_enrollment_program() returns trigger language plpgsql as $$
declare
    village varchar;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        select worker_village_locked(e.worker_id) into village
        from enrollment e where e.id = old.enrollment_id and e.ended_on is null;
        if village is not null then
            perform village_program_add(village, old.program, -1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select worker_village_locked(e.worker_id) into village
        from enrollment e where e.id = new.enrollment_id and e.ended_on is null;
        if village is not null then
            perform village_program_add(village, new.program, 1);
        end if;
    end if;
    return null;
end $$;

create trigger village_coverage_follows_enrollment_program
    after insert or update or delete on enrollment_program
    for each row execute function village_coverage_follow_enrollment_program();

-- Counts everything again from the rows. The migration fills the aggregates with it; a bulk load may disable
-- the triggers above (alter table ... disable trigger user), load set-based, enable them and call this, which
-- is far cheaper than one trigger call per row. Run it in the loading transaction or when nothing writes.
create function recount_coverage_aggregates() returns void language plpgsql as $$
begin
    delete from village_workers;
    delete from village_enrollments;
    delete from village_programs;

    insert into village_workers (village_code, workers)
    select village_code, count(*) from worker group by village_code;

    insert into village_enrollments (village_code, paid_through, enrollments)
    select w.village_code, e.paid_through, count(*)
    from enrollment e join worker w on w.id = e.worker_id
    where e.ended_on is null
    group by w.village_code, e.paid_through;

    insert into village_programs (village_code, program, enrollments)
    select w.village_code, p.program, count(*)
    from enrollment e join worker w on w.id = e.worker_id join enrollment_program p on p.enrollment_id = e.id
    where e.ended_on is null
    group by w.village_code, p.program;
end $$;

select recount_coverage_aggregates();
