package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import javax.xml.datatype.XMLGregorianCalendar;

/** T1: support's proposal for a development request: scope, estimate, price, validity, and the answer. */
@XmlType(name = "Proposal", propOrder = {"proposalId", "ticketId", "scope", "estimateHours", "price", "currency",
        "validUntil", "status", "createdAt", "respondedAt", "responseComment"})
public class ProposalRecord {

    public long proposalId;
    public long ticketId;
    @XmlElement(required = true)
    public String scope;
    @XmlElement(required = true)
    public BigDecimal estimateHours;
    @XmlElement(required = true)
    public BigDecimal price;
    @XmlElement(required = true)
    public String currency;
    @XmlElement(required = true)
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar validUntil;
    @XmlElement(required = true)
    public ProposalStatusCode status;
    @XmlElement(required = true)
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar createdAt;
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar respondedAt;
    public String responseComment;
}
