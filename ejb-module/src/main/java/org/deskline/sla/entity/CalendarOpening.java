package org.deskline.sla.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;

/** S2: one opening interval of a weekday, [from, to) in minutes after midnight in the calendar's zone. */
@Embeddable
public class CalendarOpening {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week")
    private DayOfWeek day;

    private int fromMinute;

    private int toMinute;

    protected CalendarOpening() {
    }

    public CalendarOpening(DayOfWeek day, int fromMinute, int toMinute) {
        this.day = day;
        this.fromMinute = fromMinute;
        this.toMinute = toMinute;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public int getFromMinute() {
        return fromMinute;
    }

    public int getToMinute() {
        return toMinute;
    }
}
