package org.deskline.alert.boundary.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.deskline.platform.control.JsonDocs;

/**
 * The console side of the alert stream: drops duplicates (by alert id; the broker delivers at least once)
 * and pushes each new alert over the Faces websocket channel "alerts" to the open console pages of the staff
 * accounts that are active now (issue 16, finding 5): the channel is per user and per session, so a socket is
 * addressed by its signed-in user, a disabled account receives nothing more at once, and signing out (the session
 * ends) closes the page's socket.
 */
@ApplicationScoped
public class AlertBoard {

    private static final Logger LOG = Logger.getLogger(AlertBoard.class.getName());
    private static final int REMEMBERED_IDS = 5_000;

    static final String CHANNEL = "alerts";

    @Inject
    @Push(channel = CHANNEL)
    PushContext alerts;

    /**
     * How many console pages of each user have the channel open. Mojarra encodes a pushed message once per user
     * addressed, looking the JSON provider up each time (11 % of the server's CPU while tickets were created, issue
     * 21, with nobody watching): an alert now goes only to active staff with a page open.
     */
    private final Map<String, Integer> openSockets = new ConcurrentHashMap<>();

    private static final java.time.Duration RECIPIENTS_FOR = java.time.Duration.ofSeconds(2);

    @Inject
    org.deskline.security.control.Credentials credentials;

    private final Set<String> seen = new LinkedHashSet<>();
    private volatile Recipients recipients;

    /** Takes one alert document from the broker; returns false when it was a duplicate or unreadable. */
    public boolean received(String document) {
        JsonObject alert;
        try (JsonReader reader = JsonDocs.reader(new StringReader(document))) {
            alert = reader.readObject();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Ignoring an alert that is not a JSON object: " + e);
            return false;
        }
        if (!firstTime(alert.getString("alertId", ""))) {
            return false;
        }
        if (openSockets.isEmpty()) {
            return true;
        }
        Set<String> readers = new HashSet<>(openSockets.keySet());
        readers.retainAll(recipients());
        if (!readers.isEmpty()) {
            alerts.send(forConsole(alert), readers);
        }
        return true;
    }

    /** A console page opened its socket on the channel (its user signed in: the channel is per user). */
    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent event) {
        if (CHANNEL.equals(event.getChannel()) && event.getUser() instanceof String user) {
            openSockets.merge(user, 1, Integer::sum);
        }
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent event) {
        if (CHANNEL.equals(event.getChannel()) && event.getUser() instanceof String user) {
            openSockets.computeIfPresent(user, (name, open) -> open > 1 ? open - 1 : null);
        }
    }

    /**
     * What an open console page shows of an alert (resources/deskline/alerts.js): its id, type, severity and moment,
     * and its ticket's number and title; the rest of the document (organization, project, the ticket's and the SLA's
     * details) only crossed the wire.
     */
    static String forConsole(JsonObject alert) {
        JsonObjectBuilder shown = JsonDocs.object();
        for (String field : List.of("alertId", "type", "severity", "occurredAt")) {
            if (alert.containsKey(field)) {
                shown.add(field, alert.get(field));
            }
        }
        if (alert.get("ticket") instanceof JsonObject ticket) {
            JsonObjectBuilder brief = JsonDocs.object();
            for (String field : List.of("id", "title")) {
                if (ticket.containsKey(field)) {
                    brief.add(field, ticket.get(field));
                }
            }
            shown.add("ticket", brief);
        }
        return shown.build().toString();
    }

    /** The active staff, looked up at most every {@link #RECIPIENTS_FOR} (alerts may come in bursts). */
    private Set<String> recipients() {
        long now = System.nanoTime();
        Recipients current = recipients;
        if (current == null || now - current.at() > RECIPIENTS_FOR.toNanos()) {
            current = new Recipients(credentials.activeStaff(), now);
            recipients = current;
        }
        return current.names();
    }

    private record Recipients(Set<String> names, long at) {
    }

    private synchronized boolean firstTime(String alertId) {
        if (alertId.isEmpty() || !seen.add(alertId)) {
            return false;
        }
        if (seen.size() > REMEMBERED_IDS) {
            Iterator<String> oldest = seen.iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }
}
