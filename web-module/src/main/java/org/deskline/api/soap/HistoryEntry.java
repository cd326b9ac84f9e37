package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import javax.xml.datatype.XMLGregorianCalendar;

/** T5: one change of a ticket: when, who (CUSTOMER, AGENT or SYSTEM and a name), what, from and to. */
@XmlType(name = "HistoryEntry", propOrder = {"at", "actorKind", "actor", "action", "fromStatus", "toStatus",
        "detail"})
public class HistoryEntry {

    @XmlElement(required = true)
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar at;
    @XmlElement(required = true)
    public String actorKind;
    @XmlElement(required = true)
    public String actor;
    @XmlElement(required = true)
    public String action;
    public StatusCode fromStatus;
    @XmlElement(required = true)
    public StatusCode toStatus;
    public String detail;
}
