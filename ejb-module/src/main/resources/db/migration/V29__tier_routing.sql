-- S5 (seed 004): the first tier follows the type of question, and a tier's "from 4 hours" is the working time it may
-- take: passing it warns and alerts the managers, and escalates by itself only where the plan says so (default off).
alter table sla_plan add column auto_escalate boolean default false not null;
-- a development request starts with the project manager, who reviews it and writes the proposal (T1)
alter table sla_plan add column development_tier varchar(20) default 'L2' not null;
create table sla_plan_route (
    plan_code  varchar(40) not null references sla_plan (code),
    category   varchar(20) not null,
    tier       varchar(20) not null,
    primary key (plan_code, category)
);
