-- S5 tiers: each plan's reaction target per tier (defaults from the policy: L1 consultant 2 h, L2 project manager
-- and L3 engineer 4 h; quality control 4 h), and each ticket's stints in the tiers (time per tier, escalations).
create table sla_plan_tier (
    plan_code         varchar(40) not null references sla_plan (code),
    tier              varchar(20) not null,
    reaction_seconds  bigint not null,
    primary key (plan_code, tier)
);
insert into sla_plan_tier select code, 'L1', 7200 from sla_plan;
insert into sla_plan_tier select code, 'L2', 14400 from sla_plan;
insert into sla_plan_tier select code, 'L3', 14400 from sla_plan;
insert into sla_plan_tier select code, 'QUALITY_CONTROL', 14400 from sla_plan;

create sequence sla_tier_stint_seq start with 50 increment by 50;
create table sla_tier_stint (
    id          bigint primary key,
    ticket_id   bigint not null references ticket (id),
    tier        varchar(20) not null,
    from_at     timestamp with time zone not null,
    to_at       timestamp with time zone,
    entered_by  varchar(100) not null,
    automatic   boolean not null,
    reason      varchar(500)
);
create index sla_tier_stint_ticket_idx on sla_tier_stint (ticket_id, id);
