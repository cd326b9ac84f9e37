-- Issue 20: the dashboard at a million tickets. Each of its counts reads an index instead of the whole table: open
-- tickets by status and priority (index only), open emergencies, ratings of the tickets closed in the weeks shown
-- (index only), the tickets an asking organization opened (deflection), clocks ended and breached in the weeks shown
-- and today. Indexes only: the previous release runs on this schema unchanged.
create index ticket_status_priority_idx on ticket (status, priority);
create index ticket_emergency_idx on ticket (emergency);
create index ticket_closed_rating_idx on ticket (closed_at, rating);
create index ticket_organization_created_idx on ticket (organization_id, created_at);
create index sla_metric_ended_idx on sla_metric (ended_at);
create index sla_metric_breached_idx on sla_metric (breached_at);
