-- Issue 21: support plans (with their targets, routes and tiers) stay in EclipseLink's shared cache instead of being
-- read in every transaction of a create; a saved plan counts this generation up in its transaction, and every
-- server drops its cached plans within a second of the commit.
insert into cache_generation (name, generation) values ('sla-plans', 0);
