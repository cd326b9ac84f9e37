package org.deskline.sla.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.deskline.sla.control.SlaArmed;
import org.junit.jupiter.api.Test;

/** S6, issue 21: the SLA watch hears of a commit's moment only when it would not wake by then anyway. */
class SlaWakeUpsTest {

    private static final Instant T = Instant.parse("2026-12-08T10:00:00Z");

    private final List<Instant> told = new ArrayList<>();
    private final SlaWakeUps wakeUps = new SlaWakeUps();

    SlaWakeUpsTest() {
        wakeUps.watch = new SlaWatch() {
            @Override
            public void nearer(Instant at) {
                told.add(at);
            }
        };
    }

    @Test
    void a_moment_before_the_planned_wake_up_is_passed_on_one_at_or_after_it_is_not() {
        wakeUps.armed(T);

        wakeUps.committed(new SlaArmed(T.plusSeconds(5)));
        wakeUps.committed(new SlaArmed(T));
        wakeUps.committed(new SlaArmed(T.minusMillis(1)));

        assertThat(told).containsExactly(T.minusMillis(1));
    }

    @Test
    void while_the_watch_reads_the_database_every_moment_is_passed_on() {
        wakeUps.armed(T);
        wakeUps.armed(null); // a wake-up began: it may read before the next commit lands

        wakeUps.committed(new SlaArmed(T.plusSeconds(60)));

        assertThat(told).containsExactly(T.plusSeconds(60));
    }

    @Test
    void before_the_watch_first_arms_every_moment_is_passed_on() {
        wakeUps.committed(new SlaArmed(T));

        assertThat(told).containsExactly(T);
    }
}
