-- Issue 8: console roles. An agent belongs to a support tier (S5); staff pick their console language;
-- every staff action is audited; staff keep their own saved queue filters.
alter table staff_user add column tier varchar(20);
alter table staff_user add column display_name varchar(200);
alter table staff_user add column locale varchar(10);
alter table staff_user add column version bigint default 0 not null;

create sequence staff_audit_seq start with 50 increment by 50;
create table staff_audit (
    id           bigint primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(100) not null,
    action       varchar(120) not null,
    detail       varchar(2000)
);
create index staff_audit_time_idx on staff_audit (occurred_at);
create index staff_audit_actor_idx on staff_audit (actor, occurred_at);

create sequence saved_filter_seq start with 50 increment by 50;
create table saved_filter (
    id          bigint primary key,
    owner       varchar(100) not null,
    name        varchar(100) not null,
    definition  varchar(1000) not null,
    created_at  timestamp with time zone not null,
    constraint saved_filter_owner_name unique (owner, name)
);
