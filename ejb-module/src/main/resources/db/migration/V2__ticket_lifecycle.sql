-- Ticket lifecycle (T5-T14): assignment, resolution, deferral, rating, idempotent creation,
-- the conversation (public messages and internal notes) and the audit history.

alter table ticket add column assignee varchar(100);
alter table ticket add column resolution varchar(20);
alter table ticket add column closed_at timestamp with time zone;
alter table ticket add column deferral_reason varchar(40);
alter table ticket add column last_agent_reply_at timestamp with time zone;
alter table ticket add column last_customer_message_at timestamp with time zone;
alter table ticket add column auto_close_at timestamp with time zone;
alter table ticket add column rating integer;
alter table ticket add column rating_comment varchar(2000);
alter table ticket add column quality_review boolean default false not null;
alter table ticket add column request_id varchar(100);

-- T13: a client request id identifies one creation per API client
create unique index ticket_request_uk on ticket (created_by, request_id);
-- T6: the auto-close timer looks for due tickets by this column
create index ticket_auto_close_idx on ticket (auto_close_at);
-- T9/T10: active tickets of a project
create index ticket_project_status_idx on ticket (project_id, status);

create sequence ticket_message_seq start with 50 increment by 50;
create table ticket_message (
    id          bigint primary key,
    ticket_id   bigint not null references ticket (id),
    author_kind varchar(20) not null,
    author      varchar(100) not null,
    visibility  varchar(20) not null,
    body        varchar(20000) not null,
    created_at  timestamp with time zone not null
);
create index ticket_message_ticket_idx on ticket_message (ticket_id, id);

create sequence ticket_event_seq start with 50 increment by 50;
create table ticket_event (
    id           bigint primary key,
    ticket_id    bigint not null references ticket (id),
    occurred_at  timestamp with time zone not null,
    actor_kind   varchar(20) not null,
    actor        varchar(100) not null,
    action       varchar(30) not null,
    from_status  varchar(30),
    to_status    varchar(30) not null,
    detail       varchar(2000)
);
create index ticket_event_ticket_idx on ticket_event (ticket_id, id);
