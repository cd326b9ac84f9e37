package org.deskline.dashboard.boundary.console;

import org.deskline.dashboard.boundary.Dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deskline.dashboard.control.WeeklySeries.Week;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.TicketStatus;

/** The dashboard page: figures from {@link Dashboard}, drawn as plain HTML bars and inline SVG lines. */
@Named
@RequestScoped
public class DashboardView {

    static final int WIDTH = 320;
    static final int HEIGHT = 120;

    @Inject
    Dashboard dashboard;

    @Inject
    org.deskline.platform.boundary.ViewerZone viewer;

    private Dashboard.Figures figures;

    @PostConstruct
    void load() {
        figures = dashboard.figures(viewer.zone()); // "today" and the weeks are the reader's days
    }

    public Dashboard.Figures getFigures() {
        return figures;
    }

    /** One bar of the open-tickets chart: a status, its count per priority, its share of the largest bar. */
    public record Bar(TicketStatus status, long total, List<Segment> segments, double percent) {
    }

    /** One priority's part of a bar. */
    public record Segment(Priority priority, long count, double percent) {
    }

    public List<Bar> getOpenBars() {
        long largest = figures.open().values().stream().mapToLong(m -> m.values().stream().mapToLong(Long::longValue)
                .sum()).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (TicketStatus status : TicketStatus.values()) {
            Map<Priority, Long> byPriority = figures.open().get(status);
            if (status == TicketStatus.CLOSED) {
                continue;
            }
            long total = byPriority == null ? 0 : byPriority.values().stream().mapToLong(Long::longValue).sum();
            List<Segment> segments = new ArrayList<>();
            for (Priority p : Priority.values()) {
                long n = byPriority == null ? 0 : byPriority.getOrDefault(p, 0L);
                if (n > 0) {
                    segments.add(new Segment(p, n, 100.0 * n / total));
                }
            }
            bars.add(new Bar(status, total, segments, largest == 0 ? 0 : 100.0 * total / largest));
        }
        return bars;
    }

    public List<Priority> getPriorities() {
        return List.of(Priority.values());
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    /** SVG polyline points of a weekly series on a 0..max scale; weeks without data break the line. */
    public List<String> lines(List<Week> weeks, double max) {
        return ChartGeometry.lines(weeks, max, WIDTH, HEIGHT);
    }

    public List<ChartGeometry.Dot> dots(List<Week> weeks, double max) {
        return ChartGeometry.dots(weeks, max, WIDTH, HEIGHT);
    }

    public List<Map.Entry<String, List<Week>>> getCompliance() {
        return List.copyOf(figures.compliance().entrySet());
    }
}
