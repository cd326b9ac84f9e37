-- Issue 22, caches across instances: a server that changes what other servers keep in memory (the SLA calendars)
-- counts its generation up in the same transaction; every server compares it at most once a second and reloads
-- when it moved, so another server's change is seen within a second of its commit instead of within a minute.
create table cache_generation (
    name        varchar(40) primary key,
    generation  bigint not null
);
insert into cache_generation (name, generation) values ('sla-calendars', 0);
