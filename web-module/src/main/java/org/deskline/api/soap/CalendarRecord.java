package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * S2/S3: the calendar the caller's business-hours clocks run on: its time zone, its week as opening intervals
 * (local times, from inclusive, to exclusive, 24:00 is the end of the day) and its dated holidays. A 24/7 plan
 * answers the built-in ALL_DAY calendar; emergency tickets always run on ALL_DAY.
 */
@XmlType(name = "Calendar", propOrder = {"code", "name", "zone", "opening", "holiday"})
public class CalendarRecord {

    /** One opening interval of a weekday. */
    @XmlType(name = "CalendarOpening", propOrder = {"day", "from", "to"})
    public static class Opening {
        /** MONDAY ... SUNDAY. */
        @XmlElement(required = true)
        public String day;
        /** HH:MM local time, inclusive. */
        @XmlElement(required = true)
        public String from;
        /** HH:MM local time, exclusive; 24:00 is midnight at the end of the day. */
        @XmlElement(required = true)
        public String to;
    }

    /** One dated holiday: the calendar is closed all that local day. */
    @XmlType(name = "CalendarHoliday", propOrder = {"date", "name"})
    public static class Holiday {
        @XmlElement(required = true)
        @XmlSchemaType(name = "date")
        public XMLGregorianCalendar date;
        @XmlElement(required = true)
        public String name;
    }

    @XmlElement(required = true)
    public String code;
    @XmlElement(required = true)
    public String name;
    /** A tz database name, e.g. Asia/Tehran. */
    @XmlElement(required = true)
    public String zone;
    public List<Opening> opening = new ArrayList<>();
    public List<Holiday> holiday = new ArrayList<>();
}
