package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * findTickets input. Every criterion is optional; several status elements match any of them. Pages count from
 * 0 (default 0), pageSize is 1-100 (default 20). Results: newest change first, then by id.
 */
@XmlType(name = "TicketQuery", propOrder = {"status", "kind", "priority", "category", "projectCode",
        "updatedSince", "page", "pageSize"})
public class TicketQuery {

    public List<StatusCode> status = new ArrayList<>();
    public TicketKindCode kind;
    public PriorityCode priority;
    public CategoryCode category;
    public String projectCode;
    @XmlSchemaType(name = "dateTime")
    public XMLGregorianCalendar updatedSince;
    public Integer page;
    public Integer pageSize;
}
