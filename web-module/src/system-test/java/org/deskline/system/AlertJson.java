package org.deskline.system;

import jakarta.json.JsonObject;

/** Reading alert documents in tests: billing alerts (B1, B5, B6) concern an organization and carry no ticket. */
final class AlertJson {

    private AlertJson() {
    }

    /** The ticket id of a ticket alert; -1 for an alert without a ticket. */
    static long ticketId(JsonObject alert) {
        JsonObject ticket = alert.getJsonObject("ticket");
        return ticket == null ? -1 : ticket.getJsonNumber("id").longValue();
    }
}
