package org.deskline.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.deskline.platform.DeskException;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.TicketStatus;
import org.junit.jupiter.api.Test;

/** Issue 8: the queue's filters, built in and saved, survive being written down and read back. */
class QueueFilterTest {

    @Test
    void a_filter_is_written_and_read_back_unchanged() {
        QueueFilter filter = new QueueFilter(EnumSet.of(TicketStatus.IN_PROGRESS, TicketStatus.DEFERRED),
                Priority.HIGH, 7L, "olga", "invoice totals", true, 90, 48);
        assertThat(filter.text()).isEqualTo(
                "status=IN_PROGRESS,DEFERRED;priority=HIGH;org=7;assignee=olga;q=invoice totals;emergency;due=90;waiting=48");
        assertThat(QueueFilter.parse(filter.text())).isEqualTo(filter);
        for (QueueFilter builtIn : QueueFilter.BUILT_IN.values()) {
            assertThat(QueueFilter.parse(builtIn.text())).isEqualTo(builtIn);
        }
    }

    @Test
    void s6_t6_the_built_in_filters_mean_what_they_say() {
        assertThat(QueueFilter.MINE.assignee()).isEqualTo(QueueFilter.ME);
        assertThat(QueueFilter.MINE.statuses()).doesNotContain(TicketStatus.CLOSED);
        assertThat(QueueFilter.BREACHING_1H.dueWithin()).hasMinutes(60);
        assertThat(QueueFilter.WAITING_24H.statuses()).containsExactly(TicketStatus.WAITING_FOR_CUSTOMER);
        assertThat(QueueFilter.WAITING_24H.waitingOver()).hasHours(24);
        assertThat(QueueFilter.BUILT_IN).containsOnlyKeys("mine", "breaching1h", "waiting24h");
    }

    @Test
    void no_statuses_means_every_active_ticket_and_blanks_mean_nothing() {
        QueueFilter filter = new QueueFilter(null, null, null, " ", "", false, null, null);
        assertThat(filter).isEqualTo(QueueFilter.all());
        assertThat(filter.text()).isEmpty();
        assertThat(QueueFilter.parse("")).isEqualTo(QueueFilter.all());
    }

    @Test
    void separators_typed_into_words_cannot_smuggle_other_parts() {
        QueueFilter filter = new QueueFilter(null, null, null, null, "a;priority=LOW", false, null, null);
        assertThat(QueueFilter.parse(filter.text()).priority()).isNull();
    }

    @Test
    void what_is_not_a_filter_is_refused_naming_it() {
        assertThatThrownBy(() -> QueueFilter.parse("priority=URGENTISSIMO")).isInstanceOfSatisfying(
                DeskException.class, e -> assertThat(e.field()).isEqualTo("filter"));
        assertThatThrownBy(() -> QueueFilter.parse("colour=red")).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.getMessage()).contains("colour"));
        assertThatThrownBy(() -> new QueueFilter(null, null, null, null, null, false, -1, null))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.field()).isEqualTo("dueWithinMinutes"));
        assertThatThrownBy(() -> new QueueFilter(null, null, null, null, "x".repeat(201), false, null, null))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.field()).isEqualTo("words"));
    }
}
