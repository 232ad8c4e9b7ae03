-- Sign-in throttling (account.SignInThrottle): failed sign-ins counted per username as typed (lower case),
-- whether or not such an account exists, so that a refusal tells nothing about which usernames exist. Kept
-- in PostgreSQL so that every instance of the application counts the same failures.
create table sign_in_failure (
    username          varchar(100) primary key,
    failures          integer     not null check (failures >= 0),
    window_started_at timestamptz not null,
    locked_until      timestamptz
);
-- Old rows are deleted by age (SignInThrottle.forgetOld).
create index sign_in_failure_window_idx on sign_in_failure (window_started_at);

-- The accounts page searches by the start of the username or of the display name.
create index account_username_prefix_idx on account (username text_pattern_ops);
create index account_display_name_prefix_idx on account (lower(display_name) text_pattern_ops);
-- The last active administrator is looked up (and locked) when an administrator is demoted or disabled.
create index account_active_admin_idx on account (id) where role = 'ADMIN' and enabled;
