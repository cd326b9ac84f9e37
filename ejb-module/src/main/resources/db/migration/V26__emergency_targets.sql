-- S3 (seed 003: emergency support 24 hours a day, 365 days a year, immediately): every plan has emergency targets,
-- which an emergency runs on around the clock whatever its priority; by default a first response within 1 hour
-- and a resolution within 5 hours (five times the response, as for the priorities).
alter table sla_plan add column emergency_response_seconds bigint default 3600 not null;
alter table sla_plan add column emergency_resolution_seconds bigint default 18000 not null;
