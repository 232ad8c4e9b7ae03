-- The per-village coverage counters of V5 summed per district too (issue #4, item 7). The province dashboard
-- summed the rows of 8,563 villages (about 110,000 rows of village_enrollments: a village has a row per month
-- paid through); per district it sums 576 districts' rows. The district tables follow the village tables
-- themselves, by statement triggers on them: whatever writes a village counter (the row triggers of V5, the
-- statement triggers of V7_1, the recount) moves its district's counter in the same transaction, once per
-- statement. The regency and province dashboards read these; a district's dashboard reads the villages'.

create table district_workers (
    district_code varchar(8) collate "C" primary key references region (code),
    workers       bigint not null check (workers >= 0)
);

create table district_enrollments (
    district_code varchar(8) collate "C" not null references region (code),
    paid_through  date,
    enrollments   bigint not null check (enrollments >= 0)
);
create unique index district_enrollments_key on district_enrollments (district_code, coalesce(paid_through, '-infinity'::date));

create table district_programs (
    district_code varchar(8) collate "C" not null references region (code),
    program       varchar(3) not null,
    enrollments   bigint not null check (enrollments >= 0),
    primary key (district_code, program)
);

-- Each function turns the statement's changed village rows into one grouped change per district counter: an
-- insert adds, a delete subtracts, an update adds the difference (new minus old). Adding upserts; the rows to
-- subtract from exist, since the village rows being changed were added to them. Counters in code order, so that
-- two statements lock them in the same order. A branch's statement is planned only when it runs, so each branch
-- names only the transition tables its trigger declares.
create function district_workers_follow_villages() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into district_workers (district_code, workers)
        select substr(village_code, 1, 8), sum(workers) from new_rows group by 1 order by 1
        on conflict (district_code) do update set workers = district_workers.workers + excluded.workers;
    elsif tg_op = 'UPDATE' then
        update district_workers d set workers = d.workers + c.delta
        from (select district, sum(n) as delta from (
                  select substr(village_code, 1, 8) as district, workers as n from new_rows
                  union all select substr(village_code, 1, 8), -workers from old_rows) r
              group by district having sum(n) <> 0) c
        where d.district_code = c.district;
    else
        update district_workers d set workers = d.workers - c.n
        from (select substr(village_code, 1, 8) as district, sum(workers) as n from old_rows group by 1) c
        where d.district_code = c.district;
    end if;
    return null;
end $$;

create function district_enrollments_follow_villages() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into district_enrollments (district_code, paid_through, enrollments)
        select substr(village_code, 1, 8), paid_through, sum(enrollments) from new_rows group by 1, 2 order by 1, 2
        on conflict (district_code, coalesce(paid_through, '-infinity'::date))
        do update set enrollments = district_enrollments.enrollments + excluded.enrollments;
    elsif tg_op = 'UPDATE' then
        update district_enrollments d set enrollments = d.enrollments + c.delta
        from (select district, paid_through, sum(n) as delta from (
                  select substr(village_code, 1, 8) as district, paid_through, enrollments as n from new_rows
                  union all select substr(village_code, 1, 8), paid_through, -enrollments from old_rows) r
              group by district, paid_through having sum(n) <> 0) c
        where d.district_code = c.district
          and coalesce(d.paid_through, '-infinity'::date) = coalesce(c.paid_through, '-infinity'::date);
    else
        update district_enrollments d set enrollments = d.enrollments - c.n
        from (select substr(village_code, 1, 8) as district, paid_through, sum(enrollments) as n
              from old_rows group by 1, 2) c
        where d.district_code = c.district
          and coalesce(d.paid_through, '-infinity'::date) = coalesce(c.paid_through, '-infinity'::date);
    end if;
    return null;
end $$;

create function district_programs_follow_villages() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into district_programs (district_code, program, enrollments)
        select substr(village_code, 1, 8), program, sum(enrollments) from new_rows group by 1, 2 order by 1, 2
        on conflict (district_code, program)
        do update set enrollments = district_programs.enrollments + excluded.enrollments;
    elsif tg_op = 'UPDATE' then
        update district_programs d set enrollments = d.enrollments + c.delta
        from (select district, program, sum(n) as delta from (
                  select substr(village_code, 1, 8) as district, program, enrollments as n from new_rows
                  union all select substr(village_code, 1, 8), program, -enrollments from old_rows) r
              group by district, program having sum(n) <> 0) c
        where d.district_code = c.district and d.program = c.program;
    else
        update district_programs d set enrollments = d.enrollments - c.n
        from (select substr(village_code, 1, 8) as district, program, sum(enrollments) as n
              from old_rows group by 1, 2) c
        where d.district_code = c.district and d.program = c.program;
    end if;
    return null;
end $$;

-- One trigger per operation: a trigger with transition tables fires for one event only.
create trigger district_workers_follow_inserted after insert on village_workers
    referencing new table as new_rows for each statement execute function district_workers_follow_villages();
create trigger district_workers_follow_updated after update on village_workers
    referencing old table as old_rows new table as new_rows
    for each statement execute function district_workers_follow_villages();
create trigger district_workers_follow_deleted after delete on village_workers
    referencing old table as old_rows for each statement execute function district_workers_follow_villages();

create trigger district_enrollments_follow_inserted after insert on village_enrollments
    referencing new table as new_rows for each statement execute function district_enrollments_follow_villages();
create trigger district_enrollments_follow_updated after update on village_enrollments
    referencing old table as old_rows new table as new_rows
    for each statement execute function district_enrollments_follow_villages();
create trigger district_enrollments_follow_deleted after delete on village_enrollments
    referencing old table as old_rows for each statement execute function district_enrollments_follow_villages();

create trigger district_programs_follow_inserted after insert on village_programs
    referencing new table as new_rows for each statement execute function district_programs_follow_villages();
create trigger district_programs_follow_updated after update on village_programs
    referencing old table as old_rows new table as new_rows
    for each statement execute function district_programs_follow_villages();
create trigger district_programs_follow_deleted after delete on village_programs
    referencing old table as old_rows for each statement execute function district_programs_follow_villages();

-- The villages' counters as they are now, summed; from here on the triggers keep the sums.
insert into district_workers (district_code, workers)
select substr(village_code, 1, 8), sum(workers) from village_workers group by 1;
insert into district_enrollments (district_code, paid_through, enrollments)
select substr(village_code, 1, 8), paid_through, sum(enrollments) from village_enrollments group by 1, 2;
insert into district_programs (district_code, program, enrollments)
select substr(village_code, 1, 8), program, sum(enrollments) from village_programs group by 1, 2;
