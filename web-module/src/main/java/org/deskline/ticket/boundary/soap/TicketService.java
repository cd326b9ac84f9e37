package org.deskline.ticket.boundary.soap;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;
import org.deskline.platform.soap.CdiEndpoint;
import org.deskline.platform.soap.DeskFault;
import org.deskline.platform.soap.Namespaces;
import org.deskline.platform.soap.SchemaErrorRecorder;
import org.deskline.platform.soap.SoapBoundary;
import org.deskline.platform.soap.WsdlDoc;
import org.deskline.ticket.boundary.CustomerTickets;

/**
 * Tickets for customer systems (ERP). Authenticated with HTTP Basic as an API client; every operation sees
 * only the client's organization. Faults: deskFault with code VALIDATION (field and rule named), NOT_FOUND
 * (also for another organization's ids), FORBIDDEN or INTERNAL.
 */
@WebService(serviceName = "TicketService", portName = "TicketPort", name = "TicketPortType",
        targetNamespace = Namespaces.TICKET)
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, use = SOAPBinding.Use.LITERAL,
        parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
@SchemaValidation(handler = SchemaErrorRecorder.class, outbound = false)
@CdiEndpoint
@ApplicationScoped
@WsdlDoc("Tickets for customer systems. HTTP Basic as an API client; every operation sees only the client's "
        + "organization. Every operation may fail with deskFault: code VALIDATION (field and rule named), NOT_FOUND "
        + "(also for another organization's ids), ILLEGAL_TRANSITION, LIMIT_EXCEEDED, DUPLICATE, "
        + "CONCURRENT_MODIFICATION, FORBIDDEN or INTERNAL. See docs/soap.md.")
public class TicketService {

    @Inject
    SoapBoundary boundary;

    @Inject
    CustomerTickets tickets;

    @WsdlDoc("Opens a support ticket or development request for one of the caller's projects.")
    @WebMethod
    @WebResult(name = "ticket", targetNamespace = Namespaces.TICKET)
    public TicketRecord createTicket(
            @WebParam(name = "ticket", targetNamespace = Namespaces.TICKET) @XmlElement(required = true)
            NewTicketRequest ticket) throws DeskFault {
        return boundary.call(caller -> TicketMapper.toRecord(tickets.open(caller, TicketMapper.toCommand(ticket))));
    }

    @WsdlDoc("Reads one of the caller's tickets; another organization's ticket answers NOT_FOUND like a missing "
            + "one. Every operation taking a ticketId answers like this.")
    @WebMethod
    @WebResult(name = "ticket", targetNamespace = Namespaces.TICKET)
    public TicketRecord getTicket(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId)
            throws DeskFault {
        return boundary.call(caller -> TicketMapper.toRecord(tickets.get(caller, ticketId)));
    }

    @WsdlDoc("The caller's tickets matching a query (status, kind, priority, category, project, changed since), "
            + "one page at a time with the total; another organization's tickets never appear.")
    @WebMethod
    @WebResult(name = "result", targetNamespace = Namespaces.TICKET)
    public TicketPageRecord findTickets(
            @WebParam(name = "query", targetNamespace = Namespaces.TICKET) TicketQuery query) throws DeskFault {
        return boundary.call(caller -> TicketMapper.toPage(tickets.find(caller, TicketMapper.toFilter(query))));
    }

    @WsdlDoc("Adds the customer's answer or more information; the ticket waits for support again (T5).")
    @WebMethod
    @WebResult(name = "ticket", targetNamespace = Namespaces.TICKET)
    public TicketRecord addReply(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId,
            @WebParam(name = "body", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) String body)
            throws DeskFault {
        return boundary.call(caller -> TicketMapper.toRecord(tickets.reply(caller, ticketId, body)));
    }

    @WsdlDoc("Closes an open ticket before support announced a result: resolution WITHDRAWN (T7).")
    @WebMethod
    @WebResult(name = "ticket", targetNamespace = Namespaces.TICKET)
    public TicketRecord closeTicket(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId)
            throws DeskFault {
        return boundary.call(caller -> TicketMapper.toRecord(tickets.withdraw(caller, ticketId)));
    }

    @WsdlDoc("Reopens a closed ticket within the reopen window; it waits for support again (T8).")
    @WebMethod
    @WebResult(name = "ticket", targetNamespace = Namespaces.TICKET)
    public TicketRecord reopenTicket(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId)
            throws DeskFault {
        return boundary.call(caller -> TicketMapper.toRecord(tickets.reopen(caller, ticketId)));
    }

    @WsdlDoc("Rates a closed ticket 1-5 with an optional comment; 1 or 2 sends it to quality control (T11).")
    @WebMethod
    @WebResult(name = "ticket", targetNamespace = Namespaces.TICKET)
    public TicketRecord rateTicket(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId,
            @WebParam(name = "score", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) int score,
            @WebParam(name = "comment", targetNamespace = Namespaces.TICKET) String comment) throws DeskFault {
        return boundary.call(caller -> TicketMapper.toRecord(tickets.rate(caller, ticketId, score, comment)));
    }

    @WsdlDoc("Asks for the ticket to be reviewed by quality control (T11).")
    @WebMethod
    @WebResult(name = "ticket", targetNamespace = Namespaces.TICKET)
    public TicketRecord requestQualityReview(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId,
            @WebParam(name = "reason", targetNamespace = Namespaces.TICKET) String reason) throws DeskFault {
        return boundary.call(caller -> TicketMapper.toRecord(tickets.requestQualityReview(caller, ticketId, reason)));
    }

    @WsdlDoc("Every change of the ticket, oldest first: who, when, from which status to which (T5).")
    @WebMethod
    @WebResult(name = "entry", targetNamespace = Namespaces.TICKET)
    public List<HistoryEntry> getTicketHistory(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId)
            throws DeskFault {
        return boundary.call(caller -> tickets.history(caller, ticketId).stream().map(TicketMapper::toEntry).toList());
    }

    @WsdlDoc("The public conversation of the ticket, oldest first.")
    @WebMethod
    @WebResult(name = "message", targetNamespace = Namespaces.TICKET)
    public List<MessageRecord> getMessages(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId)
            throws DeskFault {
        return boundary.call(caller -> tickets.conversation(caller, ticketId).stream()
                .map(TicketMapper::toMessage).toList());
    }

    @WsdlDoc("T1: the newest proposal for a development request (NOT_FOUND while support is still reviewing it).")
    @WebMethod
    @WebResult(name = "proposal", targetNamespace = Namespaces.TICKET)
    public ProposalRecord getProposal(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId)
            throws DeskFault {
        return boundary.call(caller -> TicketMapper.toProposal(tickets.proposal(caller, ticketId)));
    }

    @WsdlDoc("T1: accepts (true) or declines (false) the offered proposal before its validity ends.")
    @WebMethod
    @WebResult(name = "proposal", targetNamespace = Namespaces.TICKET)
    public ProposalRecord respondToProposal(
            @WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId,
            @WebParam(name = "accept", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) boolean accept,
            @WebParam(name = "comment", targetNamespace = Namespaces.TICKET) String comment) throws DeskFault {
        return boundary.call(caller -> TicketMapper.toProposal(
                tickets.respondToProposal(caller, ticketId, accept, comment)));
    }
}
