package org.deskline.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.deskline.ticket.entity.TicketStatus;
import org.junit.jupiter.api.Test;

class DisplayFormatsTest {

    /** Issue 20: to the minute in the user's zone, which the top bar names once (not after every time). */
    @Test
    void instants_are_shown_to_the_minute_in_the_users_zone() {
        Instant at = Instant.parse("2026-11-22T02:48:13.708471Z");
        assertThat(DisplayFormats.time(at, Locale.ENGLISH, ZoneId.of("UTC"))).isEqualTo("2026-11-22 02:48");
        assertThat(DisplayFormats.time(at, Locale.ENGLISH, ZoneId.of("Asia/Tehran"))).isEqualTo("2026-11-22 06:18");
        assertThat(DisplayFormats.time(at, Locale.ENGLISH, ZoneId.of("America/Los_Angeles")))
                .as("the day is the zone's day").isEqualTo("2026-11-21 18:48");
        // Persian pages: the Solar Hijri day of the zone's day, Persian digits; 20:40 UTC is the next day in Tehran
        assertThat(DisplayFormats.time(Instant.parse("2026-03-20T20:40:00Z"), Locale.forLanguageTag("fa"),
                ZoneId.of("Asia/Tehran"))).isEqualTo("۱۴۰۵/۰۱/۰۱ ۰۰:۱۰");
        assertThat(DisplayFormats.time(null, Locale.ENGLISH, ZoneId.of("UTC"))).isEmpty();
        assertThat(DisplayFormats.zone()).as("outside a session: the default").isEqualTo(ZoneId.of("Asia/Tehran"));
    }

    /**
     * Issue 20: Persian pages take their Solar Hijri dates from ICU4J's Persian calendar; the product's own
     * {@link org.deskline.platform.control.SolarHijri} (which the holiday rules use, and whose tests check known
     * Nowruz days) is the oracle: the two agree on every day from 1930 to 2123.
     */
    @Test
    void icu_and_the_products_solar_hijri_agree_on_every_day_of_two_centuries() {
        int days = 0;
        for (java.time.LocalDate d = java.time.LocalDate.of(1930, 1, 1); d.getYear() < 2124; d = d.plusDays(1)) {
            assertThat(DisplayFormats.persianDay(d)).as(d.toString())
                    .isEqualTo(org.deskline.platform.control.SolarHijri.of(d).persian());
            days++;
        }
        assertThat(days).as("194 years of days").isEqualTo(70_857);
        assertThat(DisplayFormats.persianDay(java.time.LocalDate.of(2025, 3, 20))).isEqualTo("۱۴۰۳/۱۲/۳۰");
        assertThat(DisplayFormats.persianDay(java.time.LocalDate.of(2025, 3, 21))).isEqualTo("۱۴۰۴/۰۱/۰۱");
    }

    /** Issue 20: counts choose their word by the language's plural rules (ICU4J), in the page's digits. */
    @Test
    void counts_follow_the_plural_rules_of_the_pages_language() {
        Locale ru = Locale.forLanguageTag("ru");
        assertThat(Messages.text(ru, "articles.figures", 1, 0, 0, 2))
                .isEqualTo("1 просмотр · полезно: 0 · бесполезно: 0 · отвечено 2 заявки");
        assertThat(Messages.text(ru, "articles.figures", 5, 1, 2, 21))
                .isEqualTo("5 просмотров · полезно: 1 · бесполезно: 2 · отвечена 21 заявка");
        assertThat(Messages.text(ru, "articles.figures", 22, 0, 0, 11)).startsWith("22 просмотра")
                .endsWith("отвечено 11 заявок");
        assertThat(Messages.text(Locale.ENGLISH, "articles.figures", 1, 3, 0, 1))
                .isEqualTo("1 view · 3 helpful · 0 not helpful · 1 ticket answered");
        assertThat(Messages.text(Locale.ENGLISH, "done.bulk", "Take", 1, 2)).isEqualTo("Take: done for 1 of 2 tickets.");
        assertThat(Messages.text(ru, "done.bulk", "Взять", 1, 1)).isEqualTo("Взять: выполнено для 1 из 1 заявки.");
        assertThat(Messages.text(ru, "done.bulk", "Взять", 3, 5)).isEqualTo("Взять: выполнено для 3 из 5 заявок.");
        assertThat(Messages.text(Locale.forLanguageTag("fa"), "done.bulk", "گرفتن", 3, 12))
                .isEqualTo("گرفتن: برای ۳ از ۱۲ تیکت انجام شد.");
    }

    /** Issue 20: a countdown's amount in the page's words and digits (countdown.js says it the same way). */
    @Test
    void countdown_amounts_are_said_in_the_pages_words() {
        java.time.Duration left = java.time.Duration.ofMinutes(1445);
        assertThat(DisplayFormats.amount(left, Locale.ENGLISH)).isEqualTo("1d 5m");
        assertThat(DisplayFormats.amount(left.negated(), Locale.ENGLISH)).isEqualTo("1d 5m");
        assertThat(DisplayFormats.amount(left, Locale.forLanguageTag("fa"))).isEqualTo("۱ روز ۵ دقیقه");
        assertThat(DisplayFormats.amount(java.time.Duration.ofMinutes(119), Locale.forLanguageTag("ru")))
                .isEqualTo("1 ч 59 мин");
        assertThat(DisplayFormats.amount(java.time.Duration.ofSeconds(30), Locale.forLanguageTag("fa")))
                .isEqualTo("کمتر از ۱ دقیقه");
    }

    /** Issue 20: date fields take a Solar Hijri day (as Persian pages show them) as well as an ISO one. */
    @Test
    void a_typed_day_is_iso_or_solar_hijri_in_either_digits() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 1);
        assertThat(DisplayFormats.typedDay("2026-12-01")).isEqualTo(day);
        assertThat(DisplayFormats.typedDay(" 1405/09/10 ")).isEqualTo(day);
        assertThat(DisplayFormats.typedDay("۱۴۰۵/۰۹/۱۰")).isEqualTo(day);
        assertThat(DisplayFormats.typedDay("1405/9/10")).isEqualTo(day);
        for (String wrong : new String[] {"1405/13/01", "1405/07/31", "2026/12/01", "", "tomorrow"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DisplayFormats.typedDay(wrong)).as(wrong)
                    .isInstanceOf(java.time.format.DateTimeParseException.class);
        }
    }

    @Test
    void enum_values_read_as_words_from_the_bundle_or_from_their_name() {
        assertThat(DisplayFormats.label(TicketStatus.WAITING_FOR_REPLY, Locale.ENGLISH)).isEqualTo("Waiting for reply");
        assertThat(DisplayFormats.label(java.time.DayOfWeek.SATURDAY, Locale.ENGLISH))
                .isEqualTo("Saturday"); // no bundle key: the name in words
        // nested enums are keyed by their outer class too, so two "Kind"s do not share labels
        assertThat(DisplayFormats.key(org.deskline.maintenance.entity.MaintenanceSchedule.Kind.CHECKUP))
                .isEqualTo("enum.MaintenanceSchedule.Kind.CHECKUP");
        assertThat(DisplayFormats.key(org.deskline.maintenance.entity.BackupRetention.Kind.MISSING))
                .isEqualTo("enum.BackupRetention.Kind.MISSING");
        assertThat(DisplayFormats.label(org.deskline.billing.entity.Invoice.Status.PAID, Locale.forLanguageTag("fa")))
                .isEqualTo("پرداخت‌شده");
        assertThat(DisplayFormats.label(null, Locale.ENGLISH)).isEmpty();
    }
}
