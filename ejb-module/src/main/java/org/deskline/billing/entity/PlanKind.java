package org.deskline.billing.entity;

/** B1: a support package, or the hosting package listed beside it. */
public enum PlanKind {
    SUPPORT, HOSTING
}
