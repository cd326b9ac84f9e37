-- M2/M3: per project, when the next six-monthly checkup, annual major update and monthly minor/security update
-- are due, and the ticket the last run opened (an open checkup past its grace is alerted as overdue, once).
create sequence maintenance_schedule_seq start with 50 increment by 50;
create table maintenance_schedule (
    id               bigint primary key,
    project_id       bigint not null references project (id),
    kind             varchar(20) not null,
    every_months     integer not null,
    next_due_at      timestamp with time zone not null,
    last_due_at      timestamp with time zone,
    last_ticket_id   bigint references ticket (id),
    overdue_alerted  boolean not null,
    version          bigint not null,
    constraint maintenance_schedule_uk unique (project_id, kind)
);
create index maintenance_schedule_due_idx on maintenance_schedule (next_due_at);
