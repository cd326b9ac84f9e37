package org.deskline.sla.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** S2: a dated official holiday of the business calendar. */
@Entity
@Table(name = "sla_holiday")
public class SlaHoliday {

    @Id
    @Column(name = "holiday_date") // "day" is a reserved word in H2
    private LocalDate day;

    @Column(nullable = false, length = 200)
    private String name;

    protected SlaHoliday() {
    }

    public SlaHoliday(LocalDate day, String name) {
        this.day = day;
        this.name = name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }
}
