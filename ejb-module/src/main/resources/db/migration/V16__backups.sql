-- M1: backups reported by backup systems (one row per copy), the retention policy per project, and the violations
-- the retention check found (open until fixed, so each is alerted once and its recovery once).
alter table api_client add column purpose varchar(20) default 'ERP' not null;

create table backup_policy (
    project_id                bigint primary key references project (id),
    locations                 varchar(300) not null,
    min_locations             integer not null,
    daily_keep                integer not null,
    daily_fresh_hours         integer not null,
    weekly_keep               integer not null,
    weekly_fresh_hours        integer not null,
    monthly_keep              integer not null,
    monthly_fresh_hours       integer not null,
    four_monthly_keep         integer not null,
    four_monthly_fresh_hours  integer not null,
    completed_at              timestamp with time zone,
    after_completion_days     integer not null,
    check_at                  timestamp with time zone,
    version                   bigint not null
);
create index backup_policy_check_idx on backup_policy (check_at);

create sequence backup_copy_seq start with 50 increment by 50;
create table backup_copy (
    id               bigint primary key,
    organization_id  bigint not null references organization (id),
    project_id       bigint not null references project (id),
    tier             varchar(20) not null,
    taken_at         timestamp with time zone not null,
    location         varchar(60) not null,
    size_bytes       bigint not null,
    checksum         varchar(64) not null,
    client_ref       varchar(100) not null,
    reported_by      varchar(100) not null,
    reported_at      timestamp with time zone not null,
    prune_due        boolean not null,
    constraint backup_copy_ref_uk unique (organization_id, client_ref)
);
create index backup_copy_project_idx on backup_copy (project_id, tier, taken_at);

create sequence backup_violation_seq start with 50 increment by 50;
create table backup_violation (
    id           bigint primary key,
    project_id   bigint not null references project (id),
    violation    varchar(100) not null,
    detail       varchar(500) not null,
    opened_at    timestamp with time zone not null,
    cleared_at   timestamp with time zone
);
create index backup_violation_open_idx on backup_violation (project_id, cleared_at);
