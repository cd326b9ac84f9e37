-- The console's alert inbox: staff acknowledge an alert or hand it to an agent.
alter table alert add column acknowledged_by varchar(100);
alter table alert add column acknowledged_at timestamp with time zone;
alter table alert add column assigned_to varchar(100);
