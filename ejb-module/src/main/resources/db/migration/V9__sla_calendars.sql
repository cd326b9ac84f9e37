-- S2 several business calendars, as data: a weekly schedule of opening intervals in a time zone, and dated
-- holidays per calendar. A plan with business-hours coverage runs on its calendar; 24/7 plans and emergencies
-- (S3) run on the built-in ALL_DAY calendar, which is not stored.
create table sla_calendar (
    code     varchar(40) primary key,
    name     varchar(100) not null,
    zone     varchar(60) not null,
    version  bigint not null
);
-- [from_minute, to_minute) of a day in the calendar's zone; to_minute 1440 is midnight at the end of the day
create table sla_calendar_opening (
    calendar_code  varchar(40) not null references sla_calendar (code),
    day_of_week    varchar(10) not null,
    from_minute    integer not null,
    to_minute      integer not null,
    primary key (calendar_code, day_of_week, from_minute)
);
insert into sla_calendar values ('BUSINESS', 'Business week (Sat-Wed 08:00-16:30, Tehran)', 'Asia/Tehran', 0);
insert into sla_calendar_opening values ('BUSINESS', 'SATURDAY', 480, 990);
insert into sla_calendar_opening values ('BUSINESS', 'SUNDAY', 480, 990);
insert into sla_calendar_opening values ('BUSINESS', 'MONDAY', 480, 990);
insert into sla_calendar_opening values ('BUSINESS', 'TUESDAY', 480, 990);
insert into sla_calendar_opening values ('BUSINESS', 'WEDNESDAY', 480, 990);

create table sla_calendar_holiday (
    calendar_code  varchar(40) not null references sla_calendar (code),
    holiday_date   date not null,
    name           varchar(200) not null,
    primary key (calendar_code, holiday_date)
);
insert into sla_calendar_holiday (calendar_code, holiday_date, name)
    select 'BUSINESS', holiday_date, name from sla_holiday;
drop table sla_holiday;

alter table sla_plan add column calendar_code varchar(40) default 'BUSINESS' not null;
alter table sla_plan add constraint sla_plan_calendar_fk foreign key (calendar_code) references sla_calendar (code);
alter table sla_plan add column version bigint default 0 not null;

-- a clock names its calendar by code (or ALL_DAY)
alter table sla_metric alter column calendar set data type varchar(40);
