-- K1 deflection: every search and suggestion a customer system makes (its organization, when, how many articles it
-- found). The dashboard counts, per week, those that found articles and were followed by no ticket from that
-- organization within 24 hours.
create sequence knowledge_query_seq start with 50 increment by 50;
create table knowledge_query (
    id               bigint primary key,
    organization_id  bigint not null references organization (id),
    kind             varchar(10) not null,
    hits             integer not null,
    asked_at         timestamp with time zone not null
);
create index knowledge_query_asked_idx on knowledge_query (asked_at);
