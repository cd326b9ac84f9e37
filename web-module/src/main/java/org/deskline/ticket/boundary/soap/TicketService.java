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
import org.deskline.platform.soap.CdiEndpoint;
import org.deskline.platform.soap.DeskFault;
import org.deskline.platform.soap.Namespaces;
import org.deskline.platform.soap.SchemaErrorRecorder;
import org.deskline.platform.soap.SoapBoundary;
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
public class TicketService {

    @Inject
    SoapBoundary boundary;

    @Inject
    CustomerTickets tickets;

    /** Opens a support ticket or development request for one of the caller's projects. */
    @WebMethod
    @WebResult(name = "ticket", targetNamespace = Namespaces.TICKET)
    public TicketRecord createTicket(@WebParam(name = "ticket", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) NewTicketRequest ticket)
            throws DeskFault {
        return boundary.call(caller -> TicketMapper.toRecord(tickets.open(caller, TicketMapper.toCommand(ticket))));
    }

    /** Reads one of the caller's tickets; another organization's ticket answers NOT_FOUND like a missing one. */
    @WebMethod
    @WebResult(name = "ticket", targetNamespace = Namespaces.TICKET)
    public TicketRecord getTicket(@WebParam(name = "ticketId", targetNamespace = Namespaces.TICKET) @XmlElement(required = true) long ticketId)
            throws DeskFault {
        return boundary.call(caller -> TicketMapper.toRecord(tickets.get(caller, ticketId)));
    }
}
