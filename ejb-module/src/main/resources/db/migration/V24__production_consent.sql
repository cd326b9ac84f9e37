-- B9 (seed 001: no change to the customer's production database without its agreement): the customer may refuse
-- (or withdraw) consent, and a time entry says whether the work changed the production database; such an entry is
-- refused while no consent stands.
alter table ticket_billing_terms add column consent_refused_by varchar(100);
alter table ticket_billing_terms add column consent_refused_at timestamp with time zone;
alter table time_entry add column on_production boolean default false not null;
