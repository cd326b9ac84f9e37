package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deskline.system.TicketServiceSystemIT.fault;
import static org.deskline.system.TicketServiceSystemIT.newTicket;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.soap.SOAPBinding;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.deskline.client.ticket.Attachment;
import org.deskline.client.ticket.AttachmentUpload;
import org.deskline.client.ticket.DeskFaultInfo;
import org.deskline.client.ticket.Ticket;
import org.deskline.client.ticket.TicketPortType;
import org.junit.jupiter.api.Test;

/**
 * T2 attachments as an ERP sends them: MTOM uploads and downloads through the generated client. The black-box
 * server runs with a 1 MB limit (DESK_ATTACHMENT_MAX_MB=1), so the size check needs no large files. Content is kept
 * in the database (issue 22); {@code STORE} is the server's spool directory, which keeps nothing.
 */
class AttachmentSystemIT {

    private static final java.nio.file.Path STORE = java.nio.file.Path.of(System.getProperty("desk.blackbox.dir",
            "target/it/blackbox"), "data", "attachments");

    private final TicketPortType demo = mtom(Soap.tickets(Soap.DEMO_CLIENT, Soap.DEMO_SECRET));
    private final TicketPortType other = mtom(Soap.tickets(Soap.OTHER_CLIENT, Soap.OTHER_SECRET));

    private static TicketPortType mtom(TicketPortType port) {
        ((SOAPBinding) ((BindingProvider) port).getBinding()).setMTOMEnabled(true);
        return port;
    }

    private static byte[] bytes(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static AttachmentUpload upload(String name, String type, byte[] content, String sha) {
        AttachmentUpload u = new AttachmentUpload();
        u.setFileName(name);
        u.setContentType(type);
        u.setSha256(sha);
        u.setContent(content);
        return u;
    }

    private Ticket open() throws Exception {
        return demo.createTicket(newTicket("DEMO-SHOP", "With files " + System.nanoTime()));
    }

    @Test
    void t2_a_screenshot_goes_up_and_comes_back_byte_for_byte() throws Exception {
        Ticket t = open();
        byte[] png = bytes(300_000);
        Attachment stored = demo.addAttachment(t.getTicketId(), upload("checkout-error.png", "image/png", png,
                sha256(png)));
        assertThat(stored.getSize()).isEqualTo(png.length);
        assertThat(stored.getSha256()).isEqualTo(sha256(png));
        assertThat(stored.getUploadedBy()).isEqualTo(Soap.DEMO_CLIENT);
        assertThat(STORE.resolve(sha256(png))).as("issue 22: the content is in the database, not in a server's files")
                .doesNotExist();

        List<Attachment> listed = demo.listAttachments(t.getTicketId());
        assertThat(listed).extracting(Attachment::getFileName).containsExactly("checkout-error.png");

        Attachment downloaded = demo.getAttachment(t.getTicketId(), stored.getAttachmentId());
        byte[] back = downloaded.getContent();
        assertThat(sha256(back)).isEqualTo(sha256(png));
        assertThat(back).hasSize(png.length);
    }

    @Test
    void t2_refusals_name_the_field_and_leave_nothing_behind() throws Exception {
        Ticket t = open();
        byte[] doc = bytes(10_000);
        assertThat(fault(() -> demo.addAttachment(t.getTicketId(),
                upload("setup.exe", "application/x-msdownload", doc, null))).getField()).isEqualTo("contentType");
        assertThat(fault(() -> demo.addAttachment(t.getTicketId(),
                upload("../../etc/passwd", "text/plain", doc, null))).getField()).isEqualTo("fileName");
        DeskFaultInfo damaged = fault(() -> demo.addAttachment(t.getTicketId(),
                upload("report.pdf", "application/pdf", doc, "00".repeat(32))));
        assertThat(damaged.getCode()).isEqualTo("VALIDATION");
        assertThat(damaged.getField()).isEqualTo("sha256");
        assertThat(STORE.resolve(sha256(doc))).as("issue 16: a damaged upload leaves no file").doesNotExist();
        DeskFaultInfo tooBig = fault(() -> demo.addAttachment(t.getTicketId(),
                upload("video.mp4", "video/mp4", bytes(1_200_000), null)));
        assertThat(tooBig.getField()).isEqualTo("content");
        assertThat(tooBig.getMessage()).contains("1 MB");
        assertThat(demo.listAttachments(t.getTicketId())).isEmpty();

        demo.closeTicket(t.getTicketId());
        assertThat(fault(() -> demo.addAttachment(t.getTicketId(), upload("late.txt", "text/plain", doc, null)))
                .getCode()).isEqualTo("ILLEGAL_TRANSITION");
    }

    /** Issue 16: the black-box server keeps at most 3 MB per ticket (DESK_ATTACHMENT_TICKET_QUOTA_MB=3). */
    @Test
    void t2_a_full_ticket_refuses_more_files_with_limit_exceeded_and_keeps_none_of_them() throws Exception {
        Ticket t = open();
        for (int i = 0; i < 3; i++) {
            byte[] part = bytes(900_000 + i);
            demo.addAttachment(t.getTicketId(), upload("part-" + i + ".zip", "application/zip", part, sha256(part)));
        }
        byte[] over = bytes(500_001);
        DeskFaultInfo quota = fault(() -> demo.addAttachment(t.getTicketId(),
                upload("one-more.zip", "application/zip", over, null)));
        assertThat(quota.getCode()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(quota.getField()).isEqualTo("content");
        assertThat(quota.getMessage()).contains("The ticket has 435 KB of its 3 MB attachment quota left");
        assertThat(STORE.resolve(sha256(over))).doesNotExist();
        byte[] small = bytes(100_003);
        assertThat(demo.addAttachment(t.getTicketId(), upload("fits.txt", "text/plain", small, null)).getSize())
                .as("what is left of the quota still takes a small file").isEqualTo(small.length);
        assertThat(demo.listAttachments(t.getTicketId())).hasSize(4);
    }

    @Test
    void tenants_another_organization_cannot_list_read_or_add_files() throws Exception {
        Ticket t = open();
        byte[] txt = bytes(2_000);
        Attachment a = demo.addAttachment(t.getTicketId(), upload("notes.txt", "text/plain", txt, null));
        for (Soap.Call call : List.<Soap.Call>of(
                () -> other.listAttachments(t.getTicketId()),
                () -> other.getAttachment(t.getTicketId(), a.getAttachmentId()),
                () -> other.addAttachment(t.getTicketId(), upload("x.txt", "text/plain", txt, null)))) {
            DeskFaultInfo f = fault(call);
            assertThat(f.getCode()).isEqualTo("NOT_FOUND");
            assertThat(f.getMessage()).isEqualTo("No ticket " + t.getTicketId() + " exists.");
        }
        Ticket mine = open();
        assertThat(fault(() -> demo.getAttachment(mine.getTicketId(), a.getAttachmentId())).getField())
                .isEqualTo("attachmentId");
    }
}
