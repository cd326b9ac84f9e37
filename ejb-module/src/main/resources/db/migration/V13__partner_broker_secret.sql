-- A partner's password as an external Artemis broker checks it (its own one-way hash, "ENC(...)"), so Deskline
-- can create the partner's account there; partners made before this have none until their password is set again.
alter table partner add column broker_secret varchar(400);
