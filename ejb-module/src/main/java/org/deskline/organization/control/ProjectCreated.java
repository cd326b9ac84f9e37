package org.deskline.organization.control;

/**
 * A project was created, in the transaction that created it (a synchronous CDI event). The features that look after
 * projects (maintenance's schedules, M2/M3) observe it, so the organization feature imports none of them.
 */
public record ProjectCreated(long projectId) {
}
