-- Issue 20: canned replies, the answers agents give again and again, written once by managers and administrators
-- and put into a ticket's reply box to edit before sending. Each has a language (fa, en, ru; null: any) and a team
-- (the tier it serves: L1, L2, QUALITY_CONTROL; null: every team). Placeholders ({ticket}, {agent}, {project}) are
-- filled when one is put into a reply. (V42 is PostgreSQL's own: db/vendor/postgresql.)
create sequence canned_reply_seq start with 50 increment by 50;
create table canned_reply (
    id          bigint primary key,
    version     bigint not null,
    title       varchar(100) not null,
    body        varchar(5000) not null,
    language    varchar(2),
    tier        varchar(20),
    created_by  varchar(100) not null,
    created_at  timestamp with time zone not null,
    updated_by  varchar(100) not null,
    updated_at  timestamp with time zone not null
);
create unique index canned_reply_title_idx on canned_reply (title);
