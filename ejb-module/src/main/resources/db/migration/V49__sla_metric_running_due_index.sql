-- Issue 20: "breaching within the hour" (the queue's built-in filter, the dashboard's count) asks for running clocks
-- due by a moment. At a million tickets it read every running clock (1.4 s a page); this index hands out just the
-- ones due, with their ticket. An index only: the previous release runs on this schema unchanged.
create index sla_metric_state_due_idx on sla_metric (state, due_at, ticket_id);
