-- Issue 17: the billing decisions on a ticket (B2 bug or not, B8 route of a development request, B9 the customer's
-- consent to production work) belong to the billing feature: they leave the ticket table for a table of their own,
-- one row per ticket that has any of them.
create table ticket_billing_terms (
    ticket_id        bigint primary key references ticket (id),
    organization_id  bigint not null references organization (id),
    work_class       varchar(20),
    feature_route    varchar(20),
    consent_by       varchar(100),
    consent_at       timestamp with time zone,
    consent_note     varchar(1000)
);

insert into ticket_billing_terms (ticket_id, organization_id, work_class, feature_route, consent_by, consent_at,
                                  consent_note)
select id, organization_id, work_class, feature_route, consent_by, consent_at, consent_note
from ticket
where work_class is not null or feature_route is not null or consent_by is not null;

alter table ticket drop column work_class;
alter table ticket drop column feature_route;
alter table ticket drop column consent_by;
alter table ticket drop column consent_at;
alter table ticket drop column consent_note;
