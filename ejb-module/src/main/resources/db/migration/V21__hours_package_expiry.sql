-- B5: a package's expiry warning is raised once
alter table hours_package add column expiry_warned boolean default false not null;
create index hours_package_expiry on hours_package (expires_on);
