-- S3 (seeds 000, 003): the customer may say why a ticket is an emergency: site down, no admin access, hacked site.
alter table ticket add column emergency_reason varchar(20);
