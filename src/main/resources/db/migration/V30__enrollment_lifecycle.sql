-- Issue #17, a participation's whole life (domain.md, "Lapse and return"; api.md, "Enrollment lifecycle").
-- Ending: who ended an enrollment, when and why. A payment on a LAPSED enrollment resumes it from the month paid:
-- resumed_from is the first month of the current run of paid months (null: the enrollment's first month), from
-- which the months needed for the full death benefit count again. A change of programs or payer applies from the
-- next month due (changed_from). A payment made at the full rate for months a later discount covers (PP 50/2025)
-- is credited: it covers more months, and what is left below a whole month is the enrollment's credit, taken
-- off its next payment. The audit trail (V9's triggers) records every one of these changes.
alter table enrollment
    add column end_reason   varchar(12),
    add column end_note     varchar(500),
    add column ended_by     varchar(60),
    add column resumed_from date,
    add column changed_from date,
    add column credit       bigint not null default 0,
    add constraint enrollment_end_reason_known
        check (end_reason is null or end_reason in ('LEFT', 'DIED', 'MOVED_TO_PU', 'DUPLICATE', 'OTHER', 'LAPSED')),
    add constraint enrollment_end_reason_when_ended check (end_reason is null or ended_on is not null),
    add constraint enrollment_resumed_from_month_start check (resumed_from is null or extract(day from resumed_from) = 1),
    add constraint enrollment_changed_from_month_start check (changed_from is null or extract(day from changed_from) = 1),
    add constraint enrollment_credit_not_negative check (credit >= 0);

-- A credited payment covers more months than were paid for, and may take the enrollment's credit: the months
-- asked for stay 1 to 12, the months covered may be more.
alter table payment
    drop constraint payment_months_check,
    add constraint payment_months_check check (months between 1 and 36),
    add column credit_rule  varchar(40),
    add column credit_used  bigint not null default 0 check (credit_used >= 0),
    add column credit_left  bigint not null default 0 check (credit_left >= 0),
    add column fine         bigint not null default 0 check (fine >= 0);
