-- T10 duplicate check by an indexed key instead of loading a project's active tickets.
-- The application writes the key (lower case, trimmed, inner whitespace collapsed); rows from before this
-- migration get lower(trim(title)), which differs only for titles with runs of inner spaces.
alter table ticket add column title_key varchar(200);
update ticket set title_key = lower(trim(title));
create index ticket_title_key_idx on ticket (project_id, title_key);
create index ticket_project_kind_idx on ticket (project_id, kind, status);
