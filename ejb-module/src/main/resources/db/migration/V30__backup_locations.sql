-- M1 (seed 001: every backup in 3 different geographic places): the places backups are kept are a list staff manage,
-- not free text. The three shipped ones were DESK_BACKUP_LOCATIONS' default; every location a backup system already
-- reported stays valid (named by its code until staff describe it).
create table backup_location (
    code                 varchar(60) primary key,
    name                 varchar(100) not null,
    place                varchar(200) not null,
    active               boolean not null,
    required_by_default  boolean not null,
    version              bigint not null
);
insert into backup_location (code, name, place, active, required_by_default, version)
    values ('eu-central', 'EU Central', 'Frankfurt, Germany', true, true, 1);
insert into backup_location (code, name, place, active, required_by_default, version)
    values ('me-south', 'Middle East South', 'Manama, Bahrain', true, true, 1);
insert into backup_location (code, name, place, active, required_by_default, version)
    values ('us-east', 'US East', 'Ashburn, Virginia, USA', true, true, 1);
insert into backup_location (code, name, place, active, required_by_default, version)
    select distinct c.location, c.location, '', true, false, 1 from backup_copy c
    where not exists (select 1 from backup_location l where l.code = c.location);
