package org.deskline.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.deskline.demo.control.HistoryScript.Act;
import org.deskline.demo.control.HistoryScript.Step;
import org.junit.jupiter.api.Test;

/** Issue 20: the demo's 90 days, as the script writes them for the demo's two history customers. */
class HistoryScriptTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:15:00Z");
    private final List<Step> steps = HistoryScript.write(NOW, HistoryScript.DEMO_SEED, HistoryScript.DEMO_CUSTOMERS,
            HistoryScript.DEMO_L2_AGENT);

    @Test
    void the_same_day_tells_the_same_story_and_another_seed_another() {
        assertEquals(steps, HistoryScript.write(NOW, HistoryScript.DEMO_SEED, HistoryScript.DEMO_CUSTOMERS, HistoryScript.DEMO_L2_AGENT));
        assertNotEquals(steps, HistoryScript.write(NOW, HistoryScript.DEMO_SEED + 1, HistoryScript.DEMO_CUSTOMERS,
                HistoryScript.DEMO_L2_AGENT));
    }

    @Test
    void ninety_days_in_the_order_they_happened_and_nothing_from_the_future() {
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(!steps.get(i).at().isBefore(steps.get(i - 1).at()), "in order at " + i);
        }
        assertTrue(steps.stream().allMatch(s -> s.at().isBefore(NOW)));
        Instant first = steps.get(0).at();
        assertTrue(first.isBefore(NOW.minus(Duration.ofDays(88))) && first.isAfter(NOW.minus(Duration.ofDays(91))),
                "starts 90 days back: " + first);
        long tickets = steps.stream().filter(s -> s.act() == Act.OPEN).count();
        assertTrue(tickets >= 120 && tickets <= 220, "about two tickets a day: " + tickets);
        // both customers, every week
        assertEquals(Set.copyOf(HistoryScript.DEMO_CUSTOMERS.stream().map(HistoryScript.Customer::apiClient).toList()),
                steps.stream().filter(s -> s.act() == Act.OPEN).map(s -> s.opening().apiClient())
                        .collect(Collectors.toSet()));
        for (int week = 0; week < 12; week++) {
            Instant from = NOW.minus(Duration.ofDays(7L * (week + 1)));
            Instant to = NOW.minus(Duration.ofDays(7L * week));
            assertTrue(steps.stream().anyMatch(s -> s.act() == Act.RATE && !s.at().isBefore(from)
                    && s.at().isBefore(to)), "a rating in week " + week);
        }
    }

    @Test
    void every_kind_of_step_happens_and_each_ticket_begins_with_its_opening() {
        assertEquals(EnumSet.allOf(Act.class), steps.stream().map(Step::act)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Act.class))));
        Map<Integer, List<Step>> byTicket = byTicket();
        byTicket.values().forEach(story -> assertEquals(Act.OPEN, story.get(0).act(), story.toString()));
        // B4: time logged on most tickets, some billable; B7: each customer invoiced on the first of each month
        assertTrue(steps.stream().filter(s -> s.act() == Act.TIME).count() > steps.stream()
                .filter(s -> s.act() == Act.OPEN).count() / 2);
        assertTrue(steps.stream().anyMatch(s -> s.service() == org.deskline.billing.entity.ServiceType.CONFIGURATION));
        assertEquals(List.of("2026-10-01T07:00:00Z", "2026-10-01T07:00:00Z", "2026-11-01T07:00:00Z",
                "2026-11-01T07:00:00Z", "2026-12-01T07:00:00Z", "2026-12-01T07:00:00Z"), steps.stream()
                .filter(s -> s.act() == Act.INVOICE).map(s -> s.at().toString()).toList());
        // T11: all five scores; the newest tickets are still open (the backlog the queue shows)
        assertEquals(Set.of(1, 2, 3, 4, 5), steps.stream().filter(s -> s.act() == Act.RATE).map(Step::score)
                .collect(Collectors.toSet()));
        long open = byTicket.values().stream().filter(story -> story.stream().noneMatch(s -> s.act() == Act.RESOLVE
                || s.act() == Act.CLOSE) && story.get(0).at().isAfter(NOW.minus(HistoryScript.BACKLOG))).count();
        assertTrue(open >= 6, "open tickets of the last days: " + open);
        // S4: some first answers far beyond the plans' targets (deferred and escalated tickets, mostly), most within
        // two hours
        long late = byTicket.values().stream().filter(story -> firstAnswer(story) > 300).count();
        long quick = byTicket.values().stream().filter(story -> firstAnswer(story) <= 200).count();
        assertTrue(late >= 10 && 2 * quick > 3 * late, late + " late, " + quick + " quick");
    }

    @Test
    void t9_t10_no_project_gets_a_fourth_active_ticket_nor_a_title_twice() {
        Map<Integer, List<Step>> byTicket = byTicket();
        for (List<Step> story : byTicket.values()) {
            Step opening = story.get(0);
            List<List<Step>> activeThen = byTicket.values().stream().filter(other -> other != story
                    && other.get(0).opening().projectCode().equals(opening.opening().projectCode())
                    && !other.get(0).at().isAfter(opening.at()) && activeUntil(other).isAfter(opening.at()))
                    .toList();
            assertTrue(activeThen.size() < HistoryScript.ACTIVE_PER_PROJECT, "T9 at " + opening);
            assertTrue(activeThen.stream().noneMatch(o -> o.get(0).opening().title().equals(
                    opening.opening().title())), "T10 at " + opening + " beside " + activeThen);
        }
    }

    private Map<Integer, List<Step>> byTicket() {
        Map<Integer, List<Step>> byTicket = new HashMap<>();
        steps.stream().filter(s -> s.ticket() > 0)
                .forEach(s -> byTicket.computeIfAbsent(s.ticket(), t -> new ArrayList<>()).add(s));
        return byTicket;
    }

    private static Instant activeUntil(List<Step> story) {
        Step last = story.get(story.size() - 1);
        boolean ended = story.stream().anyMatch(s -> s.act() == Act.RESOLVE || s.act() == Act.CLOSE);
        if (ended) {
            return story.stream().filter(s -> s.act() == Act.RESOLVE || s.act() == Act.CLOSE).findFirst()
                    .orElseThrow().at();
        }
        return last.act() == Act.ANSWER ? last.at().plus(HistoryScript.AUTO_CLOSE_AT_MOST) : Instant.MAX;
    }

    /** Minutes from opening to the first public answer or question; -1 when none. */
    private static long firstAnswer(List<Step> story) {
        return story.stream().filter(s -> s.act() == Act.ANSWER || s.act() == Act.ASK || s.act() == Act.RESOLVE)
                .findFirst().map(s -> Duration.between(story.get(0).at(), s.at()).toMinutes()).orElse(-1L);
    }
}
