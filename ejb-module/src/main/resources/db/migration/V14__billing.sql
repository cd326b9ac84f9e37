-- B1-B9: subscriptions (support and hosting packages) and their history, prepaid person-hour packages and their
-- movements, time entries per ticket with the parts they were billed in, disputes, the ticket's bug / not-a-bug
-- classification (B2) and the customer's consent to work on its production database (B9).
create table billing_plan (
    code         varchar(40) primary key,
    name         varchar(100) not null,
    kind         varchar(20) not null,
    term_months  integer not null,
    price        numeric(19, 4) not null,
    hourly_rate  numeric(19, 4) not null,
    currency     varchar(3) not null,
    plan_rank    integer not null,
    offered      boolean not null
);

create sequence subscription_seq start with 50 increment by 50;
create table subscription (
    id               bigint primary key,
    organization_id  bigint not null references organization (id),
    plan_code        varchar(40) not null references billing_plan (code),
    kind             varchar(20) not null,
    starts_on        date not null,
    ends_on          date not null,
    grace_days       integer not null,
    status           varchar(20) not null,
    next_plan_code   varchar(40) references billing_plan (code),
    next_check_at    timestamp with time zone,
    expiry_warned    boolean not null,
    version          bigint not null
);
create index subscription_org_idx on subscription (organization_id);
create index subscription_check_idx on subscription (next_check_at);

create sequence subscription_event_seq start with 50 increment by 50;
create table subscription_event (
    id               bigint primary key,
    subscription_id  bigint not null references subscription (id),
    occurred_at      timestamp with time zone not null,
    kind             varchar(30) not null,
    from_plan        varchar(40),
    to_plan          varchar(40),
    effective_on     date,
    actor            varchar(100) not null,
    note             varchar(500)
);
create index subscription_event_idx on subscription_event (subscription_id, occurred_at);

create sequence hours_package_seq start with 50 increment by 50;
create table hours_package (
    id                   bigint primary key,
    organization_id      bigint not null references organization (id),
    name                 varchar(100) not null,
    purchased_minutes    bigint not null,
    balance_minutes      bigint not null,
    hourly_rate          numeric(19, 4) not null,
    currency             varchar(3) not null,
    expires_on           date,
    overage_allowed      boolean not null,
    low_balance_minutes  bigint not null,
    low_alerted          boolean not null,
    created_at           timestamp with time zone not null,
    version              bigint not null
);
create index hours_package_org_idx on hours_package (organization_id);

create sequence hours_movement_seq start with 50 increment by 50;
create table hours_movement (
    id             bigint primary key,
    package_id     bigint not null references hours_package (id),
    occurred_at    timestamp with time zone not null,
    minutes        bigint not null,
    balance_after  bigint not null,
    time_entry_id  bigint,
    reason         varchar(300) not null,
    actor          varchar(100) not null
);
create index hours_movement_idx on hours_movement (package_id, occurred_at);

create sequence time_entry_seq start with 50 increment by 50;
create table time_entry (
    id               bigint primary key,
    organization_id  bigint not null references organization (id),
    ticket_id        bigint not null references ticket (id),
    agent            varchar(100) not null,
    started_at       timestamp with time zone not null,
    ended_at         timestamp with time zone not null,
    service_type     varchar(30) not null,
    coverage         varchar(20) not null,
    package_id       bigint references hours_package (id),
    worked_minutes   bigint not null,
    billed_minutes   bigint not null,
    charged_minutes  bigint not null,
    hourly_rate      numeric(19, 4) not null,
    currency         varchar(3) not null,
    amount           numeric(19, 4) not null,
    state            varchar(20) not null,
    note             varchar(1000),
    created_at       timestamp with time zone not null,
    version          bigint not null
);
create index time_entry_org_idx on time_entry (organization_id, started_at);
create index time_entry_ticket_idx on time_entry (ticket_id);

create table time_entry_part (
    time_entry_id   bigint not null references time_entry (id),
    position        integer not null,
    rate            varchar(20) not null,
    starts_at       timestamp with time zone not null,
    ends_at         timestamp with time zone not null,
    worked_minutes  bigint not null,
    billed_minutes  bigint not null,
    amount          numeric(19, 4) not null,
    primary key (time_entry_id, position)
);

create sequence time_dispute_seq start with 50 increment by 50;
create table time_dispute (
    id                 bigint primary key,
    time_entry_id      bigint not null references time_entry (id),
    organization_id    bigint not null references organization (id),
    opened_by          varchar(100) not null,
    opened_at          timestamp with time zone not null,
    reason             varchar(2000) not null,
    state              varchar(20) not null,
    resolved_by        varchar(100),
    resolved_at        timestamp with time zone,
    resolution         varchar(2000),
    minutes_before     bigint,
    minutes_after      bigint
);
create index time_dispute_state_idx on time_dispute (state, opened_at);

alter table ticket add column work_class varchar(20);
alter table ticket add column consent_by varchar(100);
alter table ticket add column consent_at timestamp with time zone;
alter table ticket add column consent_note varchar(1000);
