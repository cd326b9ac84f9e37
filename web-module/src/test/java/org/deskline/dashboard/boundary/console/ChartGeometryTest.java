package org.deskline.dashboard.boundary.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.deskline.dashboard.control.WeeklySeries.Week;
import org.junit.jupiter.api.Test;

/** The dashboard's line charts: values map into the box, gaps break the line. */
class ChartGeometryTest {

    private static Week week(int i, Double v) {
        return new Week(LocalDate.of(2026, 11, 7).plusWeeks(i), v, v == null ? 0 : 1);
    }

    @Test
    void values_scale_into_the_box_and_a_week_without_data_breaks_the_line() {
        List<Week> weeks = List.of(week(0, 5.0), week(1, 0.0), week(2, null), week(3, 2.5), week(4, 9.0));
        assertThat(ChartGeometry.lines(weeks, 5, 400, 100))
                .containsExactly("0.0,0.0 100.0,100.0", "300.0,50.0 400.0,0.0");
        assertThat(ChartGeometry.dots(weeks, 5, 400, 100)).extracting(ChartGeometry.Dot::y)
                .containsExactly(0.0, 100.0, 50.0, 0.0);
    }
}
