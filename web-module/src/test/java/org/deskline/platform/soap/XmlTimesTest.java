package org.deskline.platform.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import javax.xml.datatype.DatatypeFactory;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.junit.jupiter.api.Test;

/** One way for every service to put times on the wire and to read them back. */
class XmlTimesTest {

    private static final DatatypeFactory XML = DatatypeFactory.newDefaultInstance();

    @Test
    void instants_go_out_in_utc_and_come_back_unchanged() {
        Instant at = Instant.parse("2026-12-01T09:30:15.250Z");
        assertThat(XmlTimes.of(at).toXMLFormat()).isEqualTo("2026-12-01T09:30:15.250Z");
        assertThat(XmlTimes.instant(XmlTimes.of(at), "from", null)).isEqualTo(at);
        assertThat(XmlTimes.instant(XML.newXMLGregorianCalendar("2026-12-01T13:00:15.250+03:30"), "from", null))
                .isEqualTo(at);
        assertThat(XmlTimes.of(Instant.parse("2026-12-01T09:00:00Z")).toXMLFormat()).isEqualTo("2026-12-01T09:00:00.000Z");
        assertThat(XmlTimes.of(Instant.parse("1999-12-31T23:59:59.999Z")).toXMLFormat())
                .isEqualTo("1999-12-31T23:59:59.999Z");
        assertThat(XmlTimes.of((Instant) null)).isNull();
        assertThat(XmlTimes.instant(null, "from", null)).isNull();
    }

    @Test
    void days_have_no_zone_and_durations_no_days() {
        assertThat(XmlTimes.of(LocalDate.of(2031, 3, 20)).toXMLFormat()).isEqualTo("2031-03-20");
        assertThat(XmlTimes.of(Duration.ofHours(120)).toString()).isEqualTo("PT120H");
        assertThat(XmlTimes.of(Duration.ofSeconds(-3)).toString()).isEqualTo("-PT3S");
        assertThat(XmlTimes.of(Duration.ZERO).toString()).isEqualTo("PT0S");
        assertThat(XmlTimes.of(Duration.ofMinutes(90)).toString()).isEqualTo("PT1H30M");
    }

    @Test
    void an_instant_without_a_zone_is_refused_naming_the_field_instead_of_read_in_the_servers_zone() {
        assertThatThrownBy(() -> XmlTimes.instant(XML.newXMLGregorianCalendar("2026-12-01T09:00:00"), "updatedSince",
                null)).isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                    assertThat(e.field()).isEqualTo("updatedSince");
                    assertThat(e.getMessage()).contains("time zone");
                });
        assertThatThrownBy(() -> XmlTimes.instant(XML.newXMLGregorianCalendar("2026-12-01T02:00:00"), "takenAt", "M1"))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.rule()).isEqualTo("M1"));
    }
}
