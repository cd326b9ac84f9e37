-- S1 plans as data: the default set below, editable, custom plans beside them; every organization has one.
create table sla_plan (
    code                   varchar(40) primary key,
    name                   varchar(100) not null,
    coverage               varchar(20) not null,
    unoffered              varchar(20) not null,
    next_response_seconds  bigint not null
);
create table sla_plan_target (
    plan_code           varchar(40) not null references sla_plan (code),
    priority            varchar(20) not null,
    response_seconds    bigint not null,
    resolution_seconds  bigint not null,
    primary key (plan_code, priority)
);
-- response targets from the seed's table (Enterprise critical "10-30 min" at its outer bound); resolution is
-- five times the response target, next response one hour (S4), all editable per plan
insert into sla_plan values ('ENTERPRISE', 'Enterprise', 'ALL_DAY', 'REFUSE', 3600);
insert into sla_plan values ('ADVANCED', 'Advanced', 'ALL_DAY', 'REFUSE', 3600);
insert into sla_plan values ('MEDIUM', 'Medium', 'ALL_DAY', 'DOWNGRADE', 3600);
insert into sla_plan values ('BASIC', 'Basic', 'BUSINESS_HOURS', 'DOWNGRADE', 3600);
insert into sla_plan_target values ('ENTERPRISE', 'LOW', 86400, 432000);
insert into sla_plan_target values ('ENTERPRISE', 'NORMAL', 43200, 216000);
insert into sla_plan_target values ('ENTERPRISE', 'HIGH', 14400, 72000);
insert into sla_plan_target values ('ENTERPRISE', 'URGENT', 3600, 18000);
insert into sla_plan_target values ('ENTERPRISE', 'CRITICAL', 1800, 9000);
insert into sla_plan_target values ('ADVANCED', 'LOW', 86400, 432000);
insert into sla_plan_target values ('ADVANCED', 'NORMAL', 43200, 216000);
insert into sla_plan_target values ('ADVANCED', 'HIGH', 28800, 144000);
insert into sla_plan_target values ('ADVANCED', 'URGENT', 7200, 36000);
insert into sla_plan_target values ('ADVANCED', 'CRITICAL', 1800, 9000);
insert into sla_plan_target values ('MEDIUM', 'LOW', 172800, 864000);
insert into sla_plan_target values ('MEDIUM', 'NORMAL', 43200, 216000);
insert into sla_plan_target values ('MEDIUM', 'HIGH', 28800, 144000);
insert into sla_plan_target values ('MEDIUM', 'URGENT', 7200, 36000);
insert into sla_plan_target values ('BASIC', 'LOW', 172800, 864000);
insert into sla_plan_target values ('BASIC', 'NORMAL', 86400, 432000);

alter table organization add column sla_plan_code varchar(40) default 'BASIC' not null;
alter table organization add constraint organization_sla_plan_fk foreign key (sla_plan_code) references sla_plan (code);

-- S4 one clock per ticket, metric and round (next response starts a new round at every customer message): its
-- ledger of segments, and the moments it is due.
create sequence sla_metric_seq start with 50 increment by 50;
create table sla_metric (
    id               bigint primary key,
    ticket_id        bigint not null references ticket (id),
    organization_id  bigint not null references organization (id),
    metric           varchar(20) not null,
    round            integer not null,
    state            varchar(20) not null,
    target_seconds   bigint not null,
    calendar         varchar(20) not null,
    started_at       timestamp with time zone not null,
    warn_at          timestamp with time zone,
    due_at           timestamp with time zone,
    warned_at        timestamp with time zone,
    breached_at      timestamp with time zone,
    ended_at         timestamp with time zone,
    next_alert_at    timestamp with time zone,
    version          bigint not null,
    constraint sla_metric_uk unique (ticket_id, metric, round)
);
create index sla_metric_ticket_idx on sla_metric (ticket_id);
-- the next warning or breach still to raise, null when none is pending (paused, met, both raised): the only
-- column the scheduler reads, so its cost depends on what is due, not on how many tickets are open
create index sla_metric_next_idx on sla_metric (next_alert_at);

create table sla_segment (
    metric_id  bigint not null references sla_metric (id),
    position   integer not null,
    from_at    timestamp with time zone not null,
    to_at      timestamp with time zone,
    running    boolean not null,
    reason     varchar(40),
    primary key (metric_id, position)
);
