/**
 * The SLA engine (S1-S7). So far, plain Java not yet wired into tickets:
 * <ul>
 * <li>S1 default plans ({@link org.deskline.sla.control.SlaPlans}, {@link org.deskline.sla.control.SlaPlan});</li>
 * <li>S2 business calendars and S3 the 24/7 calendar ({@link org.deskline.sla.control.BusinessCalendar});</li>
 * <li>S4 the clock ledger ({@link org.deskline.sla.control.SlaClock}).</li>
 * </ul>
 * Persistence of clocks, deadlines in indexed columns, alerts on the dot, tiers and exposure follow.
 */
package org.deskline.sla;
