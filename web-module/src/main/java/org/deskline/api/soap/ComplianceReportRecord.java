package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.Duration;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * S7: how the caller's SLA was kept over a period: per plan and clock kind the clocks started, met in time,
 * breached and still open, with the compliance share of the decided ones; wall time per tier and per deferral
 * reason; customer satisfaction (count and average of ratings of tickets closed in the period).
 */
@XmlType(name = "ComplianceReport", propOrder = {"from", "to", "row", "tier", "deferral", "ratings", "averageRating",
        "emergenciesCleared"})
public class ComplianceReportRecord {

    /** One plan and clock kind. */
    @XmlType(name = "ComplianceRow", propOrder = {"plan", "metric", "clocks", "metInTime", "breached", "open",
            "cancelled", "compliancePercent"})
    public static class Row {
        @XmlElement(required = true)
        public String plan;
        @XmlElement(required = true)
        public String metric;
        public long clocks;
        public long metInTime;
        public long breached;
        public long open;
        public long cancelled;
        public Double compliancePercent;
    }

    /** Time spent under one name (a tier, a deferral reason). */
    @XmlType(name = "TimeSpent", propOrder = {"name", "time"})
    public static class Spent {
        @XmlElement(required = true)
        public String name;
        @XmlElement(required = true)
        public Duration time;
    }

    @XmlElement(required = true)
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar from;
    @XmlElement(required = true)
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar to;
    public List<Row> row = new ArrayList<>();
    public List<Spent> tier = new ArrayList<>();
    public List<Spent> deferral = new ArrayList<>();
    public long ratings;
    public Double averageRating;
    /** S3: emergency flags support cleared in the period (a ticket that was not one). */
    public long emergenciesCleared;
}
