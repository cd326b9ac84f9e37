package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.soap.SOAPBinding;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.deskline.interop.cxf.backup.BackupPortType;
import org.deskline.interop.cxf.billing.SubscriptionPortType;
import org.deskline.interop.cxf.ticket.Attachment;
import org.deskline.interop.cxf.ticket.AttachmentUpload;
import org.deskline.interop.cxf.ticket.Category;
import org.deskline.interop.cxf.ticket.NewTicket;
import org.deskline.interop.cxf.ticket.Ticket;
import org.deskline.interop.cxf.ticket.TicketPage;
import org.deskline.interop.cxf.ticket.TicketPortType;
import org.deskline.interop.cxf.ticket.TicketQuery;
import org.junit.jupiter.api.Test;

/**
 * Interoperability (issue 15): Apache CXF's wsdl2java generated these clients from the live WSDLs at build time,
 * with no XML catalog and no binding customization, as an integrator with nothing but the server would; here
 * they run on the CXF runtime (not Metro) against the black-box server.
 */
class CxfInteropSystemIT {

    private static <T> T client(Class<T> type, String path, String user, String secret) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(type);
        factory.setAddress(Soap.BASE + path);
        factory.setWsdlURL(Soap.BASE + path + "?wsdl");
        factory.setUsername(user);
        factory.setPassword(secret);
        T port = factory.create(type);
        ((SOAPBinding) ((BindingProvider) port).getBinding()).setMTOMEnabled(true);
        Client cxf = ClientProxy.getClient(port);
        // HTTP/1.1 on plain HTTP, as the server speaks there (docs/operations.md: Grizzly's h2c is off)
        org.apache.cxf.transports.http.configuration.HTTPClientPolicy policy =
                new org.apache.cxf.transports.http.configuration.HTTPClientPolicy();
        policy.setVersion("1.1");
        ((org.apache.cxf.transport.http.HTTPConduit) cxf.getConduit()).setClient(policy);
        assertThat(cxf.getEndpoint().getEndpointInfo().getAddress()).isEqualTo(Soap.BASE + path);
        return port;
    }

    private final TicketPortType tickets = client(TicketPortType.class, "/ws/tickets", Soap.DEMO_CLIENT,
            Soap.DEMO_SECRET);

    @Test
    void cxf_client_opens_reads_finds_and_exchanges_a_file_over_mtom() throws Exception {
        NewTicket request = new NewTicket();
        request.setProjectCode("DEMO-SHOP");
        request.setTitle("CXF client " + System.nanoTime());
        request.setCategory(Category.TECHNICAL);
        request.setDescription("Opened by a client Apache CXF generated from the live WSDL.");
        Ticket created = tickets.createTicket(request);
        assertThat(created.getTicketId()).isPositive();
        assertThat(created.getStatus().value()).isEqualTo("WAITING_FOR_REPLY");

        Ticket read = tickets.getTicket(created.getTicketId());
        assertThat(read.getTitle()).isEqualTo(request.getTitle());

        TicketQuery query = new TicketQuery();
        query.setProjectCode("DEMO-SHOP");
        query.setPageSize(100);
        TicketPage page = tickets.findTickets(query);
        assertThat(page.getTotal()).isPositive();
        assertThat(page.getTicket()).isNotEmpty();

        byte[] content = new byte[200_000];
        new Random(15).nextBytes(content);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        AttachmentUpload upload = new AttachmentUpload();
        upload.setFileName("cxf-screenshot.png");
        upload.setContentType("image/png");
        upload.setSha256(sha);
        upload.setContent(content);
        Attachment stored = tickets.addAttachment(created.getTicketId(), upload);
        assertThat(stored.getSize()).isEqualTo(content.length);
        assertThat(stored.getSha256()).isEqualTo(sha);

        Attachment back = tickets.getAttachment(created.getTicketId(), stored.getAttachmentId());
        assertThat(back.getContent()).isEqualTo(content);
    }

    @Test
    void cxf_client_receives_typed_desk_faults_from_every_service() {
        org.deskline.interop.cxf.ticket.DeskFault missing = catchThrowableOfType(
                org.deskline.interop.cxf.ticket.DeskFault.class, () -> tickets.getTicket(Long.MAX_VALUE));
        assertThat(missing.getFaultInfo().getCode()).isEqualTo("NOT_FOUND");
        assertThat(missing.getFaultInfo().getField()).isEqualTo("ticketId");

        SubscriptionPortType billing = client(SubscriptionPortType.class, "/ws/subscriptions", Soap.DEMO_CLIENT,
                Soap.DEMO_SECRET);
        org.deskline.interop.cxf.billing.DeskFault noInvoice = catchThrowableOfType(
                org.deskline.interop.cxf.billing.DeskFault.class, () -> billing.getInvoice(Long.MAX_VALUE));
        assertThat(noInvoice.getFaultInfo().getCode()).isEqualTo("NOT_FOUND");

        BackupPortType backups = client(BackupPortType.class, "/ws/backups", "backup-demo", "backup-demo-secret");
        org.deskline.interop.cxf.backup.DeskFault foreign = catchThrowableOfType(
                org.deskline.interop.cxf.backup.DeskFault.class, () -> backups.getPruningList("NW-PORTAL"));
        assertThat(foreign.getFaultInfo().getCode()).isEqualTo("NOT_FOUND");
    }
}
