package org.deskline.billing.entity;

/**
 * B1: active from the first to the last day of the term; then in grace for the plan's grace days (support goes on,
 * renewal is urged); then expired (free support stops, paid work needs an hours package).
 */
public enum SubscriptionStatus {
    ACTIVE, GRACE, EXPIRED
}
