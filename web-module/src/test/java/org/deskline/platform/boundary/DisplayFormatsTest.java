package org.deskline.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.deskline.ticket.entity.TicketStatus;
import org.junit.jupiter.api.Test;

class DisplayFormatsTest {

    private final DisplayFormats formats = new DisplayFormats();

    @Test
    void instants_are_shown_to_the_minute_in_utc() {
        assertThat(formats.time(Instant.parse("2026-11-22T02:48:13.708471Z"))).isEqualTo("2026-11-22 02:48 UTC");
        assertThat(formats.time(null)).isEmpty();
    }

    @Test
    void enum_values_read_as_words() {
        assertThat(formats.label(TicketStatus.WAITING_FOR_REPLY)).isEqualTo("Waiting for reply");
        assertThat(formats.label(null)).isEmpty();
    }
}
