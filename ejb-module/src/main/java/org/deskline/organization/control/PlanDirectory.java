package org.deskline.organization.control;

/**
 * The SLA plans an organization can be put on (S1). The SLA feature implements it, so the organization feature
 * imports no SLA class (issue 17).
 */
public interface PlanDirectory {

    boolean exists(String planCode);
}
