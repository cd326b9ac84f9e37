-- S2: the default Tehran calendar ships Iran's official holidays for the current and the next Solar Hijri year; each
-- year is added once, so what staff change afterwards stays.
create table sla_shipped_holiday_year (
    id        varchar(60) primary key,
    added_at  timestamp with time zone not null,
    added     integer not null
);
