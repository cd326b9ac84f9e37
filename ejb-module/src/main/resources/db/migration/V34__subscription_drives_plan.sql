-- B1 (seed 003): a support subscription drives the SLA plan its organization, or one project of it, works under.
-- The billing plan names the SLA plan it sells; a subscription may cover one project only; a project may then run
-- on its own plan (null: the organization's).
alter table billing_plan add column sla_plan_code varchar(40);
alter table billing_plan add constraint billing_plan_sla_plan_fk foreign key (sla_plan_code) references sla_plan (code);
alter table subscription add column project_id bigint;
alter table subscription add constraint subscription_project_fk foreign key (project_id) references project (id);
create index subscription_project_idx on subscription (project_id);
alter table project add column sla_plan_code varchar(40);
alter table project add constraint project_sla_plan_fk foreign key (sla_plan_code) references sla_plan (code);
