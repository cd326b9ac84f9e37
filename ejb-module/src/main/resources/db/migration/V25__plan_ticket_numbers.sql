-- Issue 18: a support plan may set its organizations' T6 auto-close period, T8 reopen window and T9 active-ticket
-- limits; empty keeps the configured default (DESK_TICKET_*).
alter table sla_plan add column auto_close_hours integer;
alter table sla_plan add column reopen_days integer;
alter table sla_plan add column max_active_support integer;
alter table sla_plan add column max_active_development integer;
