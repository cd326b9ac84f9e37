/**
 * Tickets: support tickets and development requests from customer systems, and system-created kinds.
 * <ul>
 * <li>T1 kinds ({@link org.deskline.ticket.entity.TicketKind}); customers open SUPPORT and DEVELOPMENT_REQUEST.</li>
 * <li>T2 title, category, priority and description are required; emergency flag.</li>
 * <li>T3 categories; T4 priorities, NORMAL by default; T5 a new ticket waits for reply.</li>
 * <li>T14 every ticket records its channel.</li>
 * </ul>
 * The rest of T1-T14 comes with the ticket lifecycle issue.
 */
package org.deskline.ticket;
