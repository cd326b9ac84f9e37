-- Issue 22, fast takeover: each running server's alert relay beats here every second. A claim on a pending alert
-- holds only while its relay still beats: a relay killed with claims (kill -9, a lost machine) leaves them to the
-- others within seconds instead of after the 60 s lease. A server stopped in good order removes its row at once.
create table relay_instance (
    id          varchar(36) primary key,
    host        varchar(255) not null,
    started_at  timestamp with time zone not null,
    beat_at     timestamp with time zone not null
);
