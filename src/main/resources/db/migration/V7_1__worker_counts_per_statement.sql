-- Bulk import (issue #5): the count of workers per village follows inserts and deletes once per statement,
-- from the statement's transition table, instead of once per row. A bulk import registers a thousand workers
-- in one statement; per row that was a thousand calls of village_workers_add, per statement it is one grouped
-- upsert. Same counters, same locks (a row lock on each village's counter until commit), taken in village
-- order so that two bulk loads cannot deadlock on them. A worker moving village still counts per row (V5).
drop trigger village_coverage_follows_worker on worker;

create function village_coverage_follow_inserted_workers() returns trigger language plpgsql as $$
begin
    insert into village_workers (village_code, workers)
    select village_code, count(*) from inserted_workers group by village_code order by village_code
    on conflict (village_code) do update set workers = village_workers.workers + excluded.workers;
    return null;
end $$;

create function village_coverage_follow_deleted_workers() returns trigger language plpgsql as $$
begin
    update village_workers v set workers = v.workers - d.n
    from (select village_code, count(*) as n from deleted_workers group by village_code) d
    where v.village_code = d.village_code;
    return null;
end $$;

create trigger village_coverage_follows_inserted_workers
    after insert on worker referencing new table as inserted_workers
    for each statement execute function village_coverage_follow_inserted_workers();
create trigger village_coverage_follows_deleted_workers
    after delete on worker referencing old table as deleted_workers
    for each statement execute function village_coverage_follow_deleted_workers();
