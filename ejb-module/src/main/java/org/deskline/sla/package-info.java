/**
 * The SLA engine (S1-S7). So far: business calendars (S2) in {@link org.deskline.sla.control.BusinessCalendar},
 * including the 24/7 calendar emergencies run on (S3). Plans, clocks, tiers and alerts follow.
 */
package org.deskline.sla;
