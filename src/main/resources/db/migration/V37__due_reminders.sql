-- Reminders before a month falls due (issue #18 item 6): each day's list, prepared once a day by scheduled work
-- that runs on one instance (ShedLock, V10), of the open enrollments whose next month falls due within the
-- horizon. A day's list is kept a week, then deleted; an anonymised worker's rows are deleted at once.
create table due_reminder (
    prepared_on   date        not null,
    enrollment_id bigint      not null references enrollment (id),
    worker_id     bigint      not null references worker (id),
    village_code  varchar(13) not null,
    -- the officer who enrolled the worker, who is the one to remind
    officer       varchar(60) not null,
    month_due     date        not null,
    due_on        date        not null,
    amount        bigint      not null,
    primary key (prepared_on, enrollment_id)
);
-- the page reads one day's list under a region, soonest first
create index due_reminder_village_idx on due_reminder (prepared_on, village_code, due_on);
create index due_reminder_worker_idx on due_reminder (worker_id);

-- one row per day prepared: the page knows whether today's list exists
create table due_reminder_run (
    prepared_on date        primary key,
    prepared_at timestamptz not null,
    reminders   integer     not null
);
