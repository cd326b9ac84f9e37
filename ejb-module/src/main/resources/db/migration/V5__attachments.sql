-- T2 attachments: metadata in the database, content in a content-addressed store (files named by SHA-256).
create sequence attachment_seq start with 50 increment by 50;
create table attachment (
    id            bigint primary key,
    ticket_id     bigint not null references ticket (id),
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint not null,
    sha256        varchar(64) not null,
    uploaded_by   varchar(100) not null,
    created_at    timestamp with time zone not null
);
create index attachment_ticket_idx on attachment (ticket_id, id);
