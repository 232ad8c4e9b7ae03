-- A bulk import inserts a thousand workers in one statement (issue #5: 100,000 rows in seconds). Two per-row
-- triggers on worker inserts cost one function call each per row; here they become per statement.

-- Audit trail (V9): a worker's creation is recorded exactly as audit_row_change('id') records it, one event per
-- worker, but written by one insert ... select over the statement's new rows. Changes and deletions stay per row.
create function audit_inserted_workers() returns trigger language plpgsql as $$
begin
    insert into audit_event (actor, action, record_type, record_id, worker_id, village_code, old_values, new_values)
    select audit_actor(), 'INSERT', 'worker', w.id::text, w.id, w.village_code, null, to_jsonb(w)
    from inserted w order by w.id;
    return null;
end $$;

drop trigger audit_worker on worker;
create trigger audit_worker after update or delete on worker
    for each row execute function audit_row_change('id');
create trigger audit_inserted_workers after insert on worker
    referencing new table as inserted
    for each statement execute function audit_inserted_workers();

-- Readiness (V6): a new worker changes none of a village's readiness facts (they count enrolled heads, officials
-- and RT/RW heads, and enrolled workers against the estimate): the enrollment's own trigger marks the village
-- when one opens. So only deletions, and moves or role changes (dashboard_follows_changed_worker), mark it.
drop trigger dashboard_follows_worker on worker;
create trigger dashboard_follows_worker
    after delete on worker
    for each row execute function dashboard_follow_worker();
