package org.deskline.api.soap;

import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** One page of findTickets: how many match in all, which page this is, and its tickets. */
@XmlType(name = "TicketPage", propOrder = {"total", "page", "pageSize", "ticket"})
public class TicketPageRecord {

    public long total;
    public int page;
    public int pageSize;
    public List<TicketRecord> ticket = new ArrayList<>();
}
