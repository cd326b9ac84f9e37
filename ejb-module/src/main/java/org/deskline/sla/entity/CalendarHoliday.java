package org.deskline.sla.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** S2: a dated holiday of one calendar (official calendars move, so each year's dates are entered). */
@Embeddable
public class CalendarHoliday {

    @Column(name = "holiday_date") // "day" is a reserved word in H2
    private LocalDate day;

    private String name;

    protected CalendarHoliday() {
    }

    public CalendarHoliday(LocalDate day, String name) {
        this.day = day;
        this.name = name;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }
}
