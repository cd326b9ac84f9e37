-- Seed 000: customer systems send their projects' access details too; the sender is recorded as
-- "<api client> (customer system)", which can be longer than a user name.
alter table project_secret alter column updated_by set data type varchar(140);
-- B9: a consent note keeps the recorder's name beside the customer's words (1,000 characters of text).
alter table ticket_billing_terms alter column consent_note set data type varchar(1200);
