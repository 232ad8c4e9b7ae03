-- The audit trail (issue #6): every create, change and delete of the records that matter, with who, when and
-- the old and new values, written by triggers so that every writer is covered (pages, API, demo data, bulk
-- imports with batched JDBC). Who: the application sets desasadar.actor on every connection it hands out
-- (audit.ActorOnConnections); a writer that does not (psql, a migration) is recorded as 'system'.
-- Also written by the application itself: each display or export of a full NIK (NIK_DISCLOSED), a worker's
-- data handed out on request (DATA_EXPORTED) and an anonymisation (ANONYMISED).
--
-- The trail is append-only: a trigger refuses update, delete and truncate. Two narrow exceptions, each
-- a function that sets a transaction-local flag the guard checks:
--   audit_scrub_worker(worker, keys)  removes personal fields of an anonymised worker from its events
--                                     (only removal of keys: the guard checks the new values are contained
--                                     in the old ones, and that nothing else changes);
--   audit_purge_before(cutoff)        the retention purge, run by a database administrator, never by the
--                                     application (no code path calls it).
create table audit_event (
    id           bigint generated always as identity primary key,
    at           timestamptz  not null default now(),
    actor        varchar(60)  not null,
    action       varchar(20)  not null,
    record_type  varchar(40)  not null,
    record_id    varchar(40),
    -- The worker the record belongs to (a worker, its enrollments, their programs and payments), so that a
    -- worker's history is one index range. No foreign key: the trail outlives a deleted record.
    worker_id    bigint,
    -- The village (or region) the record belongs to, for the scope of a manager; null for records of no
    -- region (contribution rules, accounts), which only an administrator sees.
    village_code varchar(13) collate "C",
    old_values   jsonb,
    new_values   jsonb,
    constraint audit_event_action_known check (action in
        ('INSERT', 'UPDATE', 'DELETE', 'NIK_DISCLOSED', 'DATA_EXPORTED', 'ANONYMISED'))
);
-- One index per filter of the audit page, each ending in the page's order (newest first).
create index audit_event_at_idx on audit_event (at, id);
create index audit_event_actor_idx on audit_event (actor, at, id);
create index audit_event_record_idx on audit_event (record_type, record_id, at, id);
create index audit_event_action_idx on audit_event (action, at, id);
create index audit_event_worker_idx on audit_event (worker_id, at, id) where worker_id is not null;
create index audit_event_village_idx on audit_event (village_code, at, id);

-- Who acts on this connection: set by the application on every checkout, 'system' otherwise.
create function audit_actor() returns varchar language sql stable as $$
    select coalesce(nullif(current_setting('desasadar.actor', true), ''), 'system')::varchar(60);
$$;

-- One row changed. Arguments: the column that identifies the record, then the columns never to store
-- (secrets such as a password hash: only the fact that one changed is kept, as <column>_changed).
create function audit_row_change() returns trigger language plpgsql as $$
declare
    old_values jsonb;
    new_values jsonb;
    row_values jsonb;
    secret     text;
    subject    bigint;
    village    varchar;
begin
    if tg_op <> 'INSERT' then
        old_values := to_jsonb(old);
    end if;
    if tg_op <> 'DELETE' then
        new_values := to_jsonb(new);
    end if;
    if tg_op = 'UPDATE' and old_values = new_values then
        return null;
    end if;
    for i in 1 .. tg_nargs - 1 loop
        secret := tg_argv[i];
        if tg_op = 'UPDATE' and (old_values -> secret) is distinct from (new_values -> secret) then
            new_values := new_values || jsonb_build_object(secret || '_changed', true);
        end if;
        old_values := old_values - secret;
        new_values := new_values - secret;
    end loop;
    row_values := coalesce(new_values, old_values);

    case tg_table_name
        when 'worker' then
            subject := (row_values ->> 'id')::bigint;
            village := row_values ->> 'village_code';
        when 'enrollment' then
            subject := (row_values ->> 'worker_id')::bigint;
        when 'enrollment_program', 'payment' then
            select e.worker_id into subject from enrollment e where e.id = (row_values ->> 'enrollment_id')::bigint;
        when 'village_profile', 'designation', 'event' then
            village := row_values ->> 'village_code';
        when 'agent', 'campaign' then
            village := row_values ->> 'region_code';
        else
            null;
    end case;
    if subject is not null and village is null then
        select w.village_code into village from worker w where w.id = subject;
    end if;

    insert into audit_event (actor, action, record_type, record_id, worker_id, village_code, old_values, new_values)
    values (audit_actor(), tg_op, tg_table_name, row_values ->> tg_argv[0], subject, village, old_values, new_values);
    return null;
end $$;

create trigger audit_worker after insert or update or delete on worker
    for each row execute function audit_row_change('id');
create trigger audit_enrollment after insert or update or delete on enrollment
    for each row execute function audit_row_change('id');
create trigger audit_enrollment_program after insert or update or delete on enrollment_program
    for each row execute function audit_row_change('enrollment_id');
create trigger audit_payment after insert or update or delete on payment
    for each row execute function audit_row_change('id');
create trigger audit_village_profile after insert or update or delete on village_profile
    for each row execute function audit_row_change('village_code');
create trigger audit_designation after insert or update or delete on designation
    for each row execute function audit_row_change('id');
create trigger audit_campaign after insert or update or delete on campaign
    for each row execute function audit_row_change('id');
create trigger audit_event_record after insert or update or delete on event
    for each row execute function audit_row_change('id');
create trigger audit_agent after insert or update or delete on agent
    for each row execute function audit_row_change('id');
create trigger audit_agent_fee_rule after insert or update or delete on agent_fee_rule
    for each row execute function audit_row_change('id');
create trigger audit_contribution_rate after insert or update or delete on contribution_rate
    for each row execute function audit_row_change('id');
create trigger audit_income_bracket after insert or update or delete on income_bracket
    for each row execute function audit_row_change('id');
create trigger audit_contribution_discount after insert or update or delete on contribution_discount
    for each row execute function audit_row_change('id');
create trigger audit_contribution_discount_program after insert or update or delete on contribution_discount_program
    for each row execute function audit_row_change('discount_id');
create trigger audit_contribution_discount_sector after insert or update or delete on contribution_discount_sector
    for each row execute function audit_row_change('discount_id');
create trigger audit_wage_cap after insert or update or delete on wage_cap
    for each row execute function audit_row_change('id');
create trigger audit_account after insert or update or delete on account
    for each row execute function audit_row_change('id', 'password_hash');
create trigger audit_account_scope after insert or update or delete on account_scope
    for each row execute function audit_row_change('account_id');

-- The trail cannot be edited: no update, delete or truncate, except through the two functions below.
create function audit_event_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('desasadar.audit_scrub', true) = 'on'
            and new.id = old.id and new.at = old.at and new.actor = old.actor and new.action = old.action
            and new.record_type = old.record_type and new.record_id is not distinct from old.record_id
            and new.worker_id is not distinct from old.worker_id
            and new.village_code is not distinct from old.village_code
            and coalesce(old.old_values @> new.old_values, new.old_values is null)
            and coalesce(old.new_values @> new.new_values, new.new_values is null) then
        return new;
    end if;
    if tg_op = 'DELETE' and current_setting('desasadar.audit_purge', true) = 'on' then
        return old;
    end if;
    raise exception 'the audit trail is append-only (% refused)', tg_op using errcode = '42501';
end $$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_guard();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_guard();

-- Anonymisation (UU 27/2022): the personal fields of a worker leave the trail too, since its stored old and
-- new values would otherwise still identify the person. Answers how many events were scrubbed.
create function audit_scrub_worker(of_worker bigint, personal_keys text[]) returns integer language plpgsql as $$
declare
    scrubbed integer;
begin
    perform set_config('desasadar.audit_scrub', 'on', true);
    update audit_event
    set old_values = old_values - personal_keys, new_values = new_values - personal_keys
    where worker_id = of_worker and record_type = 'worker'
      and (coalesce(old_values ?| personal_keys, false) or coalesce(new_values ?| personal_keys, false));
    get diagnostics scrubbed = row_count;
    perform set_config('desasadar.audit_scrub', 'off', true);
    return scrubbed;
end $$;

-- Retention: a database administrator removes events older than the cutoff, e.g.
--   select audit_purge_before(now() - interval '5 years');
create function audit_purge_before(cutoff timestamptz) returns integer language plpgsql as $$
declare
    purged integer;
begin
    perform set_config('desasadar.audit_purge', 'on', true);
    delete from audit_event where at < cutoff;
    get diagnostics purged = row_count;
    perform set_config('desasadar.audit_purge', 'off', true);
    return purged;
end $$;

-- Anonymising a worker who left: the NIK is cleared (and so no longer blocks a registration), which only an
-- anonymised worker may lack; who did it and when is on the worker too, for the mark on its page.
alter table worker alter column nik drop not null;
alter table worker add column anonymised_at timestamptz;
alter table worker add column anonymised_by varchar(60);
alter table worker add constraint worker_nik_unless_anonymised check (nik is not null or anonymised_at is not null);
