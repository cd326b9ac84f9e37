package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.deskline.client.ticket.Ticket;
import org.deskline.client.ticket.TicketPortType;
import org.deskline.testsupport.ServerProcess;
import org.junit.jupiter.api.Test;

/**
 * Nothing committed is lost when the server dies without warning: a ticket acknowledged over SOAP is still
 * there after kill -9 and a restart on the same data directory (embedded H2 with WRITE_DELAY=0).
 */
class CrashRecoverySystemIT {

    @Test
    void a_committed_ticket_survives_kill_minus_9() throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir")).getParent().resolve("crash");
        Path microJar = Path.of(System.getProperty("payara.microJar"));
        Path war = Path.of(System.getProperty("desk.war"));
        int http = 19080;
        int broker = 19616;
        String base = "http://localhost:" + http;

        ServerProcess.deleteData(dir);
        ServerProcess first = ServerProcess.launch(dir, microJar, war, http, broker);
        long id;
        try {
            TicketPortType client = Soap.tickets(base, Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
            Ticket ticket = client.createTicket(TicketServiceSystemIT.newTicket("DEMO-SHOP", "Survives a crash"));
            id = ticket.getTicketId();
        } finally {
            first.kill();
        }

        ServerProcess second = ServerProcess.launch(dir, microJar, war, http, broker);
        try {
            Ticket again = Soap.tickets(base, Soap.DEMO_CLIENT, Soap.DEMO_SECRET).getTicket(id);
            assertThat(again.getTitle()).isEqualTo("Survives a crash");
        } finally {
            second.stop();
        }
    }
}
