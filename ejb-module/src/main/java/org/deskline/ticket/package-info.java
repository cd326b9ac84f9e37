/**
 * Tickets: support tickets and development requests from customer systems, and system-created kinds.
 * <ul>
 * <li>T1 kinds ({@link org.deskline.ticket.entity.TicketKind}); customers open SUPPORT and DEVELOPMENT_REQUEST.</li>
 * <li>T2 title, category, priority and description are required; emergency flag
 * ({@link org.deskline.ticket.control.TicketRules}).</li>
 * <li>T3 categories; T4 priorities, NORMAL by default.</li>
 * <li>T5 statuses and the state machine ({@link org.deskline.ticket.entity.TicketLifecycle}); every change is a
 * {@link org.deskline.ticket.entity.TicketEvent} with who, when, from, to.</li>
 * <li>T6 auto-close ({@link org.deskline.ticket.boundary.AutoClose}, driven by ticket.auto_close_at).</li>
 * <li>T7 withdraw, T8 reopen window, T11 rating and quality control
 * ({@link org.deskline.ticket.entity.Ticket}, {@link org.deskline.ticket.control.TicketRules}).</li>
 * <li>T9 limits and T10 duplicates ({@link org.deskline.ticket.control.TicketLimits}).</li>
 * <li>T12 deferral reasons ({@link org.deskline.ticket.entity.DeferralReason}).</li>
 * <li>T13 idempotent creation by client request id; T14 every ticket records its channel.</li>
 * <li>T6, T8, T9 numbers per plan ({@link org.deskline.ticket.control.TicketPolicies#of}).</li>
 * </ul>
 * The ticket feature is the core: it imports no feature above it, and learns of them through interfaces it owns
 * (TicketAlerts, PriorityOffer, TicketTiers, TicketDeadlines, ProposalGate, PlanTicketNumbers), which they implement,
 * and tells them through the TicketChanged event, which they observe.
 */
package org.deskline.ticket;
