-- Issue 20: each staff user may choose the time zone the console shows times in (null: the console's default,
-- DESK_CONSOLE_ZONE, Asia/Tehran unless configured).
alter table staff_user add column time_zone varchar(64);
