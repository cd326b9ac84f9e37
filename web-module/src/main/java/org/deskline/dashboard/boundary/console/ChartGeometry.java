package org.deskline.dashboard.boundary.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deskline.dashboard.control.WeeklySeries.Week;

/** Where the points of a weekly line chart go in an SVG box (y grows downwards). Plain Java, unit-tested. */
public final class ChartGeometry {

    /** One data point: its position, value and week (for the tooltip and the table beside the chart). */
    public record Dot(double x, double y, Week week) {
    }

    private ChartGeometry() {
    }

    public static List<Dot> dots(List<Week> weeks, double max, int width, int height) {
        List<Dot> dots = new ArrayList<>();
        double step = weeks.size() <= 1 ? 0 : (double) width / (weeks.size() - 1);
        for (int i = 0; i < weeks.size(); i++) {
            Week w = weeks.get(i);
            if (w.value() != null) {
                double y = height - Math.max(0, Math.min(max, w.value())) / max * height;
                dots.add(new Dot(round(i * step), round(y), w));
            }
        }
        return dots;
    }

    /** "x,y x,y …" per unbroken run of weeks with data. */
    public static List<String> lines(List<Week> weeks, double max, int width, int height) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        double step = weeks.size() <= 1 ? 0 : (double) width / (weeks.size() - 1);
        for (int i = 0; i < weeks.size(); i++) {
            Week w = weeks.get(i);
            if (w.value() == null) {
                if (!run.isEmpty()) {
                    runs.add(run.toString().strip());
                    run.setLength(0);
                }
                continue;
            }
            double y = height - Math.max(0, Math.min(max, w.value())) / max * height;
            run.append(String.format(Locale.ROOT, "%.1f,%.1f ", i * step, y));
        }
        if (!run.isEmpty()) {
            runs.add(run.toString().strip());
        }
        return runs;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
