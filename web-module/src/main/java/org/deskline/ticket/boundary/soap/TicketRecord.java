package org.deskline.ticket.boundary.soap;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import javax.xml.datatype.XMLGregorianCalendar;

/** A ticket as a customer system sees it. */
@XmlType(name = "Ticket", propOrder = {"ticketId", "projectCode", "kind", "title", "category", "priority",
        "description", "emergency", "status", "channel", "createdAt", "updatedAt"})
public class TicketRecord {

    public long ticketId;
    @XmlElement(required = true)
    public String projectCode;
    @XmlElement(required = true)
    public TicketKindCode kind;
    @XmlElement(required = true)
    public String title;
    @XmlElement(required = true)
    public CategoryCode category;
    @XmlElement(required = true)
    public PriorityCode priority;
    @XmlElement(required = true)
    public String description;
    public boolean emergency;
    @XmlElement(required = true)
    public StatusCode status;
    @XmlElement(required = true)
    public ChannelCode channel;
    @XmlElement(required = true)
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar createdAt;
    @XmlElement(required = true)
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar updatedAt;
}
