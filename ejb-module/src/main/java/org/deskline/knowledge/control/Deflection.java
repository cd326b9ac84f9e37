package org.deskline.knowledge.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * K1: whether the knowledge base answered. A search or suggestion that found articles deflected a ticket when its
 * organization opened no ticket within {@link #WINDOW} after it; one that found nothing is no evidence either way and
 * is not counted. Plain Java over the two lists, so it is tested in milliseconds.
 */
public final class Deflection {

    public static final Duration WINDOW = Duration.ofHours(24);

    /** A query that found {@code hits} articles for an organization at a moment. */
    public record Query(long organizationId, Instant at, int hits) {
    }

    /** A ticket an organization opened at a moment. */
    public record Opened(long organizationId, Instant at) {
    }

    /** One counted query: when, and whether it deflected (no ticket within the window). */
    public record Outcome(Instant at, boolean deflected) {
    }

    private Deflection() {
    }

    public static List<Outcome> outcomes(List<Query> queries, List<Opened> tickets) {
        Map<Long, NavigableSet<Instant>> opened = new HashMap<>();
        tickets.forEach(t -> opened.computeIfAbsent(t.organizationId(), o -> new TreeSet<>()).add(t.at()));
        List<Outcome> out = new ArrayList<>();
        for (Query q : queries) {
            if (q.hits() <= 0) {
                continue;
            }
            NavigableSet<Instant> times = opened.getOrDefault(q.organizationId(), new TreeSet<>());
            Instant next = times.ceiling(q.at());
            out.add(new Outcome(q.at(), next == null || next.isAfter(q.at().plus(WINDOW))));
        }
        return out;
    }
}
