package org.deskline.organization.control;

/**
 * The SLA plans an organization can be put on (S1). The SLA feature implements it, so the organization feature
 * imports no SLA class (issue 17).
 */
public interface PlanDirectory {

    /** A plan as the organization form offers it. */
    record PlanChoice(String code, String name) implements java.io.Serializable {
    }

    boolean exists(String planCode);

    /** Every plan, by code. */
    java.util.List<PlanChoice> choices();
}
