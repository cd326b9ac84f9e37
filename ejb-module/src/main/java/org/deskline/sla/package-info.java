/**
 * The SLA engine (S1-S7), wired into tickets: it follows every ticket through the typed {@code TicketChanged} event
 * fired in the changing transaction, so ticket code does not know the clocks.
 * <ul>
 * <li>S1 plans and the priorities they offer ({@link org.deskline.sla.control.SlaPlans},
 * {@link org.deskline.sla.entity.SlaPlan}, edited in the console through {@link org.deskline.sla.boundary.SlaAdmin});</li>
 * <li>S2 business calendars with holidays and S3 the 24/7 calendar ({@link org.deskline.sla.entity.BusinessCalendar},
 * {@link org.deskline.sla.control.SlaCalendars});</li>
 * <li>S4 the clock ledger ({@link org.deskline.sla.entity.SlaClock}), stored per ticket and metric with its due
 * moment in an indexed column ({@link org.deskline.sla.control.SlaTracker});</li>
 * <li>warnings and breaches on the dot, from database state ({@link org.deskline.sla.boundary.SlaWatch},
 * {@link org.deskline.sla.boundary.SlaAlarms}), written to the alert outbox once;</li>
 * <li>S5 tiers and escalation ({@link org.deskline.sla.control.SlaTiers}); S6/S7 standing and compliance reports
 * ({@link org.deskline.sla.control.SlaReports}).</li>
 * </ul>
 */
package org.deskline.sla;
