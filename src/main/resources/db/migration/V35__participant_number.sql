-- The agency's participant number (KPJ) on the worker (issue #18 item 5): 11 digits, optional, one worker per
-- number. Set on the worker page, by PUT /api/v1/workers/{id} and by an import of (NIK, participant number).
alter table worker add column participant_number varchar(11);
alter table worker add constraint worker_participant_number_digits check (participant_number ~ '^[0-9]{11}$');
create unique index worker_participant_number_key on worker (participant_number) where participant_number is not null;

-- The import of participant numbers from the agency's core system is a third kind of import job.
alter table import_job alter column kind type varchar(24);
alter table import_job drop constraint import_job_kind_known;
alter table import_job add constraint import_job_kind_known
    check (kind in ('WORKERS', 'PAYMENTS', 'PARTICIPANT_NUMBERS'));
