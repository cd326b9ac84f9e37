-- B7: invoices per period with their lines (the invoiced time entries, frozen at issue) and payments.
create sequence invoice_seq start with 50 increment by 50;
create table invoice (
    id               bigint primary key,
    organization_id  bigint not null references organization (id),
    period_from      timestamp with time zone not null,
    period_to        timestamp with time zone not null,
    issued_at        timestamp with time zone not null,
    issued_by        varchar(100) not null,
    currency         varchar(3) not null,
    total            numeric(19, 4) not null,
    paid             numeric(19, 4) not null,
    status           varchar(20) not null,
    version          bigint not null
);
create index invoice_org_idx on invoice (organization_id, issued_at);

create table invoice_line (
    invoice_id     bigint not null references invoice (id),
    position       integer not null,
    time_entry_id  bigint not null references time_entry (id),
    description    varchar(300) not null,
    amount         numeric(19, 4) not null,
    primary key (invoice_id, position)
);

alter table time_entry add column invoice_id bigint references invoice (id);

create sequence payment_seq start with 50 increment by 50;
create table payment (
    id           bigint primary key,
    invoice_id   bigint not null references invoice (id),
    received_at  timestamp with time zone not null,
    amount       numeric(19, 4) not null,
    reference    varchar(100) not null,
    recorded_by  varchar(100) not null
);
create index payment_invoice_idx on payment (invoice_id, received_at);

-- B8: where a development request goes: R&D (no date promised, no proposal) or paid custom development.
alter table ticket add column feature_route varchar(20);

-- B1: a downgrade waits for the end of the current term: from this day on the subscription is on next_plan_code.
alter table subscription add column next_plan_from date;

-- B6/B7: what an entry stood at on its invoice; a later correction is settled on the next invoice as the difference.
alter table time_entry add column invoiced_amount numeric(19, 4);
