/**
 * Alerts (S6): written to the outbox in the same transaction as their cause, relayed to the broker after
 * commit (and by a sweep), published as JSON documents on the alert topic with the alert id as duplicate id.
 * The embedded Artemis broker is the default; an external one is chosen by DESK_BROKER_URL.
 */
package org.deskline.alert;
