package org.deskline.sla.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * S2: a business calendar as stored: a weekly schedule of opening intervals in a time zone, and dated holidays.
 * Plans with business-hours coverage name one; {@link #rule()} is what the clocks compute with.
 */
@Entity
@Table(name = "sla_calendar")
public class SlaCalendar {

    public static final String DEFAULT_CODE = "BUSINESS";

    @Id
    private String code;

    private String name;

    private String zone;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_calendar_opening", joinColumns = @JoinColumn(name = "calendar_code"))
    private List<CalendarOpening> openings = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_calendar_holiday", joinColumns = @JoinColumn(name = "calendar_code"))
    private List<CalendarHoliday> holidays = new ArrayList<>();

    protected SlaCalendar() {
    }

    public SlaCalendar(String code, String name, ZoneId zone, List<CalendarOpening> openings) {
        this.code = code;
        reschedule(name, zone, openings);
    }

    /** A new name, zone or week; the holidays stay. */
    public void reschedule(String newName, ZoneId newZone, List<CalendarOpening> newOpenings) {
        this.name = newName;
        this.zone = newZone.getId();
        this.openings = new ArrayList<>(newOpenings);
    }

    /** Adds the holiday, or renames the day when it is one already. */
    public void putHoliday(LocalDate day, String holidayName) {
        holidays.removeIf(h -> h.getDay().equals(day));
        holidays.add(new CalendarHoliday(day, holidayName));
    }

    public boolean removeHoliday(LocalDate day) {
        return holidays.removeIf(h -> h.getDay().equals(day));
    }

    /** The calendar the clocks compute with. */
    public BusinessCalendar rule() {
        Map<DayOfWeek, List<BusinessCalendar.Opening>> week = new EnumMap<>(DayOfWeek.class);
        for (CalendarOpening o : openings) {
            week.computeIfAbsent(o.getDay(), d -> new ArrayList<>())
                    .add(new BusinessCalendar.Opening(o.getFromMinute(), o.getToMinute()));
        }
        Set<LocalDate> days = new HashSet<>();
        holidays.forEach(h -> days.add(h.getDay()));
        return new BusinessCalendar(name, ZoneId.of(zone), week, days);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public long getVersion() {
        return version;
    }

    /** Monday first, then by opening time. */
    public List<CalendarOpening> getOpenings() {
        return openings.stream().sorted(Comparator.comparing(CalendarOpening::getDay)
                .thenComparing(CalendarOpening::getFromMinute)).toList();
    }

    /** Oldest first. */
    public List<CalendarHoliday> getHolidays() {
        return holidays.stream().sorted(Comparator.comparing(CalendarHoliday::getDay)).toList();
    }
}
