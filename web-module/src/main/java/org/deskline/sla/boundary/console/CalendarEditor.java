package org.deskline.sla.boundary.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.deskline.platform.DeskException;
import org.deskline.platform.boundary.DisplayFormats;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;
import org.deskline.sla.boundary.SlaAdmin;
import org.deskline.sla.control.CalendarDraft;
import org.deskline.sla.entity.CalendarHoliday;
import org.deskline.sla.entity.CalendarOpening;
import org.deskline.sla.entity.SlaCalendar;

/**
 * S2: the calendar editor: name, time zone, the openings of each weekday, dated holidays typed in or imported
 * from an iCalendar (.ics) file. Every change recomputes the deadlines of the clocks running on the calendar.
 */
@Named
@ViewScoped
public class CalendarEditor extends CodedEditor<SlaCalendar> {

    private static final long MAX_ICS_BYTES = 2L * 1024 * 1024;

    @Inject
    SlaAdmin admin;

    private String zone = "Asia/Tehran";
    private final List<TextRow<DayOfWeek>> week = new ArrayList<>();
    private List<CalendarHoliday> holidays = List.of();
    private String holidayDate;
    private String holidayName;
    private transient Part icsFile;

    @Override
    protected Catalog<String, SlaCalendar> catalog() {
        return new Catalog<>(admin::calendars, admin::calendar, SlaCalendar::getCode);
    }

    @Override
    protected void show(SlaCalendar calendar) {
        week.clear();
        List<CalendarOpening> openings = calendar == null ? List.of() : calendar.getOpenings();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new TextRow<>(day, WeekText.format(openings, day)));
        }
        if (calendar == null) {
            showCoded(null, null, null);
            holidays = List.of();
            return;
        }
        showCoded(calendar.getCode(), calendar.getName(), calendar.getVersion());
        zone = calendar.zone().getId();
        holidays = calendar.getHolidays();
    }

    public String save() {
        List<CalendarOpening> openings = new ArrayList<>();
        week.forEach(row -> openings.addAll(WeekText.parse(row.getKey(), row.getText())));
        SlaCalendar saved = admin.saveCalendar(new CalendarDraft(typedCode(), getName(),
                zone == null ? null : zone.strip(), openings), versionRead());
        return saved(saved, Messages.text("done.calendarSaved", saved.getCode()));
    }

    public String addHoliday() {
        LocalDate day;
        try {
            day = holidayDate == null || holidayDate.isBlank() ? null : DisplayFormats.typedDay(holidayDate);
        } catch (DateTimeParseException e) {
            throw DeskException.invalid("day", "S2", "'" + holidayDate + "' is not a date (YYYY-MM-DD).");
        }
        return saved(admin.putHoliday(getCode(), day, holidayName),
                Messages.text("done.holidayAdded", DisplayFormats.dayText(day)));
    }

    public String removeHoliday(LocalDate day) {
        return saved(admin.removeHoliday(getCode(), day), Messages.text("done.holidayRemoved", DisplayFormats.dayText(day)));
    }

    public String importIcs() {
        try {
            if (icsFile == null || icsFile.getSize() == 0) {
                throw DeskException.invalid("file", "S2", "Choose an iCalendar (.ics) file first.");
            }
            if (icsFile.getSize() > MAX_ICS_BYTES) {
                throw DeskException.invalid("file", "S2", "An iCalendar file of holidays is at most 2 MB.");
            }
            int days;
            try (Reader reader = new InputStreamReader(icsFile.getInputStream(), StandardCharsets.UTF_8)) {
                days = admin.importHolidays(getCode(), reader);
            }
            return saved(admin.calendar(getCode()), Messages.text("done.holidaysImported",
                    DisplayFormats.digits(days), icsFile.getSubmittedFileName()));
        } catch (DeskException e) {
            FacesErrors.show(e);
            return null;
        } catch (IOException e) {
            FacesErrors.show(DeskException.invalid("file", "S2", "The file could not be read: " + e.getMessage()));
            return null;
        }
    }

    private String saved(SlaCalendar calendar, String what) {
        FacesErrors.infoAfterRedirect(Messages.text("done.calendarRecomputed", what));
        return "/console/calendars?faces-redirect=true&code=" + calendar.getCode();
    }

    public List<SlaCalendar> getCalendars() {
        return items();
    }

    /** Every tz database zone, for the zone field's suggestions. */
    public List<String> getZones() {
        return new ArrayList<>(new TreeSet<>(ZoneId.getAvailableZoneIds()));
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public List<TextRow<DayOfWeek>> getWeek() {
        return week;
    }

    public List<CalendarHoliday> getHolidays() {
        return holidays;
    }

    public String getHolidayDate() {
        return holidayDate;
    }

    public void setHolidayDate(String holidayDate) {
        this.holidayDate = holidayDate;
    }

    public String getHolidayName() {
        return holidayName;
    }

    public void setHolidayName(String holidayName) {
        this.holidayName = holidayName;
    }

    public Part getIcsFile() {
        return icsFile;
    }

    public void setIcsFile(Part icsFile) {
        this.icsFile = icsFile;
    }
}
