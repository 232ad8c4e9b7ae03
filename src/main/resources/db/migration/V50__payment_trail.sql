-- Payments with a trail (issue #18, api.md "Payments and proof"): how each payment was made (channel), the channel's
-- own transaction number (reference), and a receipt number the application gives.
--
-- channel: BOOTH_CASH (cash to the officer at a booth), AGENT (to a Perisai agent), BANK, RETAIL, ONLINE, OTHER;
-- payments recorded before this had none: OTHER.
-- reference: the same reference twice for one channel is the same payment told twice, refused (duplicate-payment).
-- receipt_number: from receipt_number_seq, which never gives a number twice (a rollback leaves a gap, never a
-- reuse); numbered in the order they were recorded for the payments made before this.
alter table payment
    add column channel        varchar(12) not null default 'OTHER'
        check (channel in ('BOOTH_CASH', 'AGENT', 'BANK', 'RETAIL', 'ONLINE', 'OTHER')),
    add column reference      varchar(60) check (reference is null or length(reference) between 1 and 60),
    add column receipt_number bigint;

create sequence receipt_number_seq;

-- The numbering touches only the new column: neither the audit trail nor the coverage counters have anything to
-- learn from it, and at national scale their triggers would write millions of rows for nothing.
alter table payment disable trigger user;
update payment set receipt_number = numbered.n
from (select id, row_number() over (order by recorded_at, id) as n from payment) numbered
where payment.id = numbered.id;
alter table payment enable trigger user;

select setval('receipt_number_seq', greatest((select max(receipt_number) from payment), 1),
              (select count(*) > 0 from payment));

alter table payment alter column receipt_number set not null;
alter table payment add constraint payment_receipt_number_key unique (receipt_number);
create unique index payment_channel_reference_key on payment (channel, reference) where reference is not null;

-- Receipt numbers handed to one phone (device: an id the phone made for itself) of one account before it went
-- offline: a payment taken at a booth without a signal is given one of them on the spot, and the number printed or
-- sent then stays the payment's number after the sync. A number is used once (payment.receipt_number is unique)
-- and only by the account it was handed to.
create table reserved_receipt (
    receipt_number bigint      primary key,
    reserved_by    varchar(60) not null,
    device         uuid        not null,
    reserved_at    timestamptz not null
);

create index reserved_receipt_device_idx on reserved_receipt (reserved_by, device);
