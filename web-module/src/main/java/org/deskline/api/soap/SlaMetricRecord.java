package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import javax.xml.datatype.Duration;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * S4: one SLA clock of a ticket. metric is FIRST_RESPONSE, NEXT_RESPONSE (round 1, 2... after each customer
 * message) or RESOLUTION; state RUNNING, PAUSED, MET or CANCELLED. Durations are business time on the named
 * calendar; remaining is negative once overdue. dueAt is absent while paused.
 */
@XmlType(name = "SlaMetric", propOrder = {"metric", "round", "state", "target", "calendar", "startedAt", "warnAt",
        "dueAt", "endedAt", "elapsed", "remaining", "paused", "breached", "explanation"})
public class SlaMetricRecord {

    @XmlElement(required = true)
    public String metric;
    public int round;
    @XmlElement(required = true)
    public String state;
    @XmlElement(required = true)
    public Duration target;
    @XmlElement(required = true)
    public String calendar;
    @XmlElement(required = true)
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar startedAt;
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar warnAt;
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar dueAt;
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar endedAt;
    @XmlElement(required = true)
    public Duration elapsed;
    @XmlElement(required = true)
    public Duration remaining;
    public boolean paused;
    public boolean breached;
    @XmlElement(required = true)
    public String explanation;
}
