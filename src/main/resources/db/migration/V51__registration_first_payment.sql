-- A registration at the booth may carry the worker's first payment (issue #18, api.md "Registrations": the optional
-- payment), saved in the same transaction as the worker and the enrollment: a resend of the client id answers with
-- the same payment, never a second one.
alter table registration add column payment_id bigint references payment (id) on delete set null;
