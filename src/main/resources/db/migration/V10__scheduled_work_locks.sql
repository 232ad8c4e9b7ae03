-- Scheduled work (issue #7): with several instances on one database, each job runs on one instance at a time.
-- ShedLock's table: a job's row says until when it is locked and by whom; times are the database's own.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
