-- M4: a project entering support gets a site-transfer ticket; the customer answers its form within 7 working days
-- (deadline_at), is reminded before (remind_at), and after the deadline the staging copy need no longer be kept.
create table site_transfer (
    ticket_id    bigint primary key references ticket (id),
    project_id   bigint not null references project (id),
    opened_at    timestamp with time zone not null,
    remind_at    timestamp with time zone not null,
    deadline_at  timestamp with time zone not null,
    reminded     boolean not null,
    expired      boolean not null,
    answered_at  timestamp with time zone,
    version      bigint not null
);
create index site_transfer_due_idx on site_transfer (expired, answered_at, remind_at);
