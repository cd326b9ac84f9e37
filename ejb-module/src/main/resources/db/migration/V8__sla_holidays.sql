-- S2 official holidays of the business calendar: dated entries (they do not recur on Gregorian dates), typed in
-- or imported from an iCalendar file.
create table sla_holiday (
    holiday_date  date primary key,
    name          varchar(200) not null
);
