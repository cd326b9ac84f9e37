package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.Duration;

/**
 * S1: the caller's support plan: coverage ALL_DAY (24/7) or BUSINESS_HOURS, what happens to a priority it does
 * not offer (REFUSE or DOWNGRADE), the next-response target, and per offered priority the response and
 * resolution targets; the calendar its clocks run on (getCalendar describes it); the ticket numbers in force for
 * the caller (T6, T8, T9: the plan's where it sets them, the service's defaults elsewhere).
 */
@XmlType(name = "Plan", propOrder = {"code", "name", "coverage", "unofferedPriority", "nextResponse", "target", "calendar",
        "autoCloseHours", "reopenDays", "maxActiveSupport", "maxActiveDevelopment", "emergencyResponse",
        "emergencyResolution", "proposal"})
public class PlanRecord {

    /** One offered priority's targets. */
    @XmlType(name = "PlanTarget", propOrder = {"priority", "response", "resolution"})
    public static class Target {
        @XmlElement(required = true)
        public PriorityCode priority;
        @XmlElement(required = true)
        public Duration response;
        @XmlElement(required = true)
        public Duration resolution;
    }

    @XmlElement(required = true)
    public String code;
    @XmlElement(required = true)
    public String name;
    @XmlElement(required = true)
    public String coverage;
    @XmlElement(required = true)
    public String unofferedPriority;
    @XmlElement(required = true)
    public Duration nextResponse;
    public List<Target> target = new ArrayList<>();
    /** The code of the calendar the plan's clocks run on: ALL_DAY for 24/7 plans, else a business calendar. */
    @XmlElement(required = true)
    public String calendar;
    /** T6: a ticket waiting for you this many hours after support's last answer closes by itself. */
    public long autoCloseHours;
    /** T8: a closed ticket may be reopened for this many days. */
    public long reopenDays;
    /** T9: how many support tickets, and development requests, a project may have active at once. */
    public int maxActiveSupport;
    public int maxActiveDevelopment;
    /** S3: what an emergency runs on, around the clock, whatever its priority. */
    @XmlElement(required = true)
    public Duration emergencyResponse;
    @XmlElement(required = true)
    public Duration emergencyResolution;
    /** T1: how soon a development request gets its proposal (on the plan's calendar); its resolution clock then
     * runs to the delivery date agreed when it is scheduled. */
    public Duration proposal;
}
