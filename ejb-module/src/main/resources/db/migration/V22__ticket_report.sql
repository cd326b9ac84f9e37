-- T2: the optional parts of a good report (seeds 000, 004)
alter table ticket add column steps_to_reproduce varchar(4000);
alter table ticket add column page_url varchar(500);
alter table ticket add column product_version varchar(100);
