-- S7: compliance is reported per the plan in force when a clock ran, not the organization's plan today. Clocks
-- started before this version are taken to have run on the organization's current plan (the best record there is).
alter table sla_metric add column plan_code varchar(40);
update sla_metric set plan_code = (select o.sla_plan_code from organization o where o.id = sla_metric.organization_id);
create index sla_metric_plan_idx on sla_metric (plan_code, started_at);
