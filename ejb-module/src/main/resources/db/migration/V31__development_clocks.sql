-- T1 (seed 000: development requests need a precise review and a proposal, so they take longer than tickets): a
-- development request runs on its own clocks: a proposal target per plan (default 40 h on the plan's calendar, five
-- working days of 8 h), then the delivery date agreed when it is scheduled; never the support resolution target.
alter table sla_plan add column proposal_seconds bigint default 144000 not null;
alter table ticket add column planned_for timestamp with time zone;
