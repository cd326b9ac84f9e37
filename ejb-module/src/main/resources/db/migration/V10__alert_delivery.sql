-- Alert delivery guarantees: several servers claim pending alerts with a lease (no alert is sent by two at once),
-- a failed send is retried with backoff, an alert that cannot be sent (malformed, or failing every retry) is
-- parked for admins instead of blocking the rest; per ticket, alerts leave in the order they occurred.
alter table alert add column next_attempt_at timestamp with time zone;
alter table alert add column last_error varchar(1000);
alter table alert add column claimed_by varchar(36);
alter table alert add column claimed_until timestamp with time zone;
create index alert_ticket_idx on alert (ticket_id, occurred_at);
