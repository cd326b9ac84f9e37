-- Integration partners: broker accounts that receive the alerts of chosen organizations (and alert types) on a
-- durable queue of their own, filtered on the broker; they can consume nothing else.
create sequence partner_seq start with 50 increment by 50;
create table partner (
    id             bigint primary key,
    name           varchar(100) not null,
    username       varchar(60) not null,
    password_hash  varchar(400) not null,
    active         boolean not null,
    created_at     timestamp with time zone not null,
    version        bigint not null,
    constraint partner_username_uk unique (username)
);
create table partner_organization (
    partner_id       bigint not null references partner (id),
    organization_id  bigint not null references organization (id),
    primary key (partner_id, organization_id)
);
-- no row: every alert type
create table partner_alert_type (
    partner_id  bigint not null references partner (id),
    alert_type  varchar(40) not null,
    primary key (partner_id, alert_type)
);
