-- Issue 21: servers keep the API clients customer systems sign in with in memory; a change of a client (its secret,
-- whether it is active, a stronger hash) counts this generation up in its transaction, and every server reads the
-- clients again within a second of the commit.
insert into cache_generation (name, generation) values ('api-clients', 0);
