package org.deskline.organization.control;

/**
 * An organization moved to another SLA plan (S1), in the transaction that moved it (a synchronous CDI event). The
 * SLA feature observes it and retargets the organization's running clocks, keeping counted time; the organization
 * feature imports no SLA class (issue 17).
 */
public record PlanChanged(long organizationId, String fromPlan, String toPlan) {
}
