-- The participant card (issue #18 item 4): each worker's card carries a QR code that opens the public check
-- /v/{code}. The code is random (128 bits), made once and kept, so a printed card keeps working; it is deleted
-- with the worker's anonymisation, and then the card and the check are gone.
create table participant_card (
    worker_id  bigint       primary key references worker (id),
    code       varchar(32)  not null,
    created_at timestamptz  not null,
    created_by varchar(60)  not null,
    constraint participant_card_code_key unique (code)
);
