-- Foundation schema: customers, API clients, staff, tickets and the alert outbox.
-- EclipseLink reads a sequence value as the last id of a block of allocationSize (50): sequences start at 50.
-- Portable between H2 2.x and PostgreSQL: both run it unchanged.

create sequence organization_seq start with 50 increment by 50;
create table organization (
    id          bigint primary key,
    name        varchar(200) not null,
    created_at  timestamp with time zone not null
);

create sequence project_seq start with 50 increment by 50;
create table project (
    id               bigint primary key,
    organization_id  bigint not null references organization (id),
    code             varchar(60) not null,
    name             varchar(200) not null,
    created_at       timestamp with time zone not null,
    constraint project_code_uk unique (organization_id, code)
);

create sequence contact_seq start with 50 increment by 50;
create table contact (
    id          bigint primary key,
    project_id  bigint not null references project (id),
    name        varchar(200) not null,
    email       varchar(254)
);

create sequence api_client_seq start with 50 increment by 50;
create table api_client (
    id               bigint primary key,
    organization_id  bigint not null references organization (id),
    username         varchar(100) not null unique,
    password_hash    varchar(500) not null,
    active           boolean not null,
    created_at       timestamp with time zone not null
);

create sequence staff_user_seq start with 50 increment by 50;
create table staff_user (
    id             bigint primary key,
    username       varchar(100) not null unique,
    password_hash  varchar(500) not null,
    role           varchar(30) not null,
    active         boolean not null,
    created_at     timestamp with time zone not null
);

create sequence ticket_seq start with 50 increment by 50;
create table ticket (
    id               bigint primary key,
    version          bigint not null,
    organization_id  bigint not null references organization (id),
    project_id       bigint not null references project (id),
    kind             varchar(30) not null,
    category         varchar(30) not null,
    priority         varchar(20) not null,
    status           varchar(30) not null,
    emergency        boolean not null,
    channel          varchar(20) not null,
    title            varchar(200) not null,
    description      varchar(10000) not null,
    created_by       varchar(100) not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);
create index ticket_organization_idx on ticket (organization_id, id);
create index ticket_created_idx on ticket (created_at);

create table alert (
    id               varchar(36) primary key,
    type             varchar(40) not null,
    severity         varchar(20) not null,
    organization_id  bigint,
    project_id       bigint,
    ticket_id        bigint,
    occurred_at      timestamp with time zone not null,
    payload          varchar(8000) not null,
    state            varchar(20) not null,
    attempts         integer not null,
    sent_at          timestamp with time zone
);
create index alert_state_idx on alert (state, occurred_at);
create index alert_occurred_idx on alert (occurred_at);
