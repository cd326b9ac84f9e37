-- Issue 20: the console queue sorts by status, priority, assignee and title, newest first within each, and shows
-- 25 active tickets a page. With an index per sort column the database reads the first page's rows in order instead
-- of sorting every active ticket (a second at a million tickets). Indexes only: the previous release runs on this
-- schema unchanged (MigrationCompatibilityTest).
create index ticket_status_sort_idx on ticket (status, id);
create index ticket_priority_sort_idx on ticket (priority, id);
create index ticket_assignee_sort_idx on ticket (assignee, id);
create index ticket_title_key_sort_idx on ticket (title_key, id);
