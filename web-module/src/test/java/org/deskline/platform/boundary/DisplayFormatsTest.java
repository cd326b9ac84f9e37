package org.deskline.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.deskline.ticket.entity.TicketStatus;
import org.junit.jupiter.api.Test;

class DisplayFormatsTest {

    @Test
    void instants_are_shown_to_the_minute_in_utc() {
        assertThat(DisplayFormats.time(Instant.parse("2026-11-22T02:48:13.708471Z"), Locale.ENGLISH))
                .isEqualTo("2026-11-22 02:48 UTC");
        assertThat(DisplayFormats.time(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void enum_values_read_as_words_from_the_bundle_or_from_their_name() {
        assertThat(DisplayFormats.label(TicketStatus.WAITING_FOR_REPLY, Locale.ENGLISH)).isEqualTo("Waiting for reply");
        assertThat(DisplayFormats.label(org.deskline.billing.entity.WorkClass.values()[0], Locale.ENGLISH))
                .matches("[A-Z][a-z ]+"); // no bundle key: the name in words
        assertThat(DisplayFormats.label(null, Locale.ENGLISH)).isEmpty();
    }
}
