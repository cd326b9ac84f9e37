/**
 * Billing (B1-B9): subscriptions and their expiry watch (B1), the bug / not-a-bug classification (B2), billable
 * services (B3), time entries priced by shift (B4, TimeBilling), prepaid hours packages (B5), disputes (B6),
 * invoices and payments (B7), routing of development requests (B8) and consent to production work (B9). Who pays
 * an entry is decided in one place (BillingRules).
 */
package org.deskline.billing;
