package org.deskline.knowledge.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeflectionTest {

    static final Instant T = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void k1_a_query_that_found_articles_deflected_unless_its_organization_opened_a_ticket_within_24_hours() {
        List<Deflection.Query> queries = List.of(
                new Deflection.Query(1, T, 3),                       // org 1 opens a ticket 2 h later: not deflected
                new Deflection.Query(2, T, 1),                       // org 2 opens one 25 h later: deflected
                new Deflection.Query(3, T, 2),                       // org 3 opens nothing: deflected
                new Deflection.Query(4, T, 0),                       // found nothing: not counted
                new Deflection.Query(1, T.plus(Duration.ofHours(3)), 1)); // after org 1's ticket: deflected
        List<Deflection.Opened> tickets = List.of(
                new Deflection.Opened(1, T.plus(Duration.ofHours(2))),
                new Deflection.Opened(2, T.plus(Duration.ofHours(25))),
                new Deflection.Opened(3, T.minus(Duration.ofHours(1))));  // before the query: no bearing
        assertThat(Deflection.outcomes(queries, tickets)).extracting(Deflection.Outcome::deflected)
                .containsExactly(false, true, true, true);
    }
}
