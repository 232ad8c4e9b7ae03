-- Registrations sent exactly once (issue #15, api.md "Registrations"). A client (the booth's offline queue, the
-- agency's apps) gives each person it registers an id of its own, a UUID; the first send of an id saves the worker
-- and the enrollment, and this row in the same transaction; every later send of that id, at once or days later,
-- from any instance, is answered with what was saved (the sends of one id queue on a transaction-scoped advisory
-- lock, see enrollment.Registrations). fingerprint: a SHA-256 digest of the registration's content, to tell a resend
-- from another registration reusing the id; null once the worker is anonymised. Not audited: the worker and the
-- enrollment it created are, in the same transaction, and the row holds no personal data.
create table registration (
    client_id     uuid        primary key,
    fingerprint   bytea       check (fingerprint is null or octet_length(fingerprint) = 32),
    worker_id     bigint      not null references worker (id) on delete cascade,
    enrollment_id bigint      not null references enrollment (id) on delete cascade,
    created_by    varchar(60) not null,
    created_at    timestamptz not null
);

create index registration_worker_idx on registration (worker_id);
