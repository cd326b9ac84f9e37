package org.deskline.sla.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * S2: a Solar Hijri year whose official holidays were added to a calendar. Each year is added once: what staff then
 * change or remove stays as they left it.
 */
@Entity
@Table(name = "sla_shipped_holiday_year")
public class ShippedHolidayYear {

    /** "BUSINESS/1405". */
    @Id
    private String id;

    private Instant addedAt;

    private int added;

    protected ShippedHolidayYear() {
    }

    public ShippedHolidayYear(String calendarCode, int solarHijriYear, Instant addedAt, int added) {
        this.id = key(calendarCode, solarHijriYear);
        this.addedAt = addedAt;
        this.added = added;
    }

    public static String key(String calendarCode, int solarHijriYear) {
        return calendarCode + "/" + solarHijriYear;
    }

    public String getId() {
        return id;
    }

    public int getAdded() {
        return added;
    }
}
