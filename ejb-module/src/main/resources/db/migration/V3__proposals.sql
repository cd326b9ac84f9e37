-- T1 development requests: review -> proposal -> accepted/declined -> scheduled -> delivered.

alter table ticket add column development_stage varchar(20);

create sequence proposal_seq start with 50 increment by 50;
create table proposal (
    id               bigint primary key,
    version          bigint not null,
    ticket_id        bigint not null references ticket (id),
    scope            varchar(10000) not null,
    estimate_hours   numeric(9, 2) not null,
    price            numeric(14, 2) not null,
    currency         varchar(3) not null,
    valid_until      timestamp with time zone not null,
    status           varchar(20) not null,
    created_by       varchar(100) not null,
    created_at       timestamp with time zone not null,
    responded_at     timestamp with time zone,
    response_comment varchar(2000)
);
create index proposal_ticket_idx on proposal (ticket_id, id);
