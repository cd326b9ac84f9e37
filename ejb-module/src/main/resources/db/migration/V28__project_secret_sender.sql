-- Seed 000: customer systems send their projects' access details too; the sender is recorded as
-- "<api client> (customer system)", which can be longer than a user name.
alter table project_secret alter column updated_by set data type varchar(140);
