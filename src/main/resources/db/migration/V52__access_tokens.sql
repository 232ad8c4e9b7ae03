-- Personal access tokens for API clients (issue #16, item 7; account.AccessTokens, docs/security.md): HTTP Basic
-- runs BCrypt on every call, a token is checked with one SHA-256 and one indexed read. The secret is 256 random
-- bits shown once at creation; only its SHA-256 is kept (a slow hash adds nothing against guessing 256 bits, and
-- would cost what the token is for). The rights are never stored here: role, scopes and whether the account is
-- enabled are read from the account on every use, so a change to the account holds for its tokens at once.
create table access_token (
    id           bigint generated always as identity primary key,
    account_id   bigint       not null references account (id) on delete cascade,
    name         varchar(60)  not null,
    -- SHA-256 of the whole secret, hexadecimal: what a presented token is looked up by.
    secret_hash  char(64)     not null,
    -- The start of the secret (dsp_ and 8 characters, 48 of its 256 bits), to tell one's tokens apart.
    prefix       varchar(12)  not null,
    -- READ_ONLY: GET, HEAD and OPTIONS only; FULL: whatever the account may do.
    scope        varchar(10)  not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz  not null,
    -- Written at most once a minute (AccessTokens.touch), so that a busy client does not write on every call.
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   varchar(60),
    constraint access_token_secret_hash_key unique (secret_hash),
    constraint access_token_scope_known check (scope in ('READ_ONLY', 'FULL')),
    constraint access_token_expiry check (expires_at > created_at and expires_at <= created_at + interval '366 days'),
    constraint access_token_revoked check ((revoked_at is null) = (revoked_by is null))
);
-- An account's tokens, newest first (the account's and the administrator's lists).
create index access_token_account_idx on access_token (account_id, created_at desc, id desc);

-- Created and revoked into the audit trail by the trigger of V9 (the secret's hash never stored there); the
-- last use is no change worth a row, so only an update of another column is recorded.
create trigger audit_access_token_write after insert or delete on access_token
    for each row execute function audit_row_change('id', 'secret_hash');
create trigger audit_access_token_change after update of account_id, name, secret_hash, prefix, scope, expires_at,
    revoked_at, revoked_by on access_token
    for each row execute function audit_row_change('id', 'secret_hash');

-- A refused use of a token (revoked, expired, unknown, disabled account, read-only token on a write) is recorded
-- by the application as ACCESS_REFUSED, at most one row per token and reason a minute (account.RefusedTokenUses).
alter table audit_event drop constraint audit_event_action_known;
alter table audit_event add constraint audit_event_action_known check (action in
    ('INSERT', 'UPDATE', 'DELETE', 'NIK_DISCLOSED', 'DATA_EXPORTED', 'ANONYMISED', 'ACCESS_REFUSED'));
