package org.deskline.ticket.boundary.console;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.deskline.platform.DeskException;
import org.deskline.ticket.boundary.TicketQueue;
import org.deskline.ticket.entity.Attachment;

/**
 * T2: staff download a ticket's attachment from the ticket page ({@code /console/attachment?id=N}; under the
 * console's login). Always as a download, never rendered inline, so a customer's file cannot run in the console.
 */
@WebServlet("/console/attachment")
public class AttachmentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TicketQueue queue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Attachment attachment;
        try {
            attachment = queue.attachment(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | DeskException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/octet-stream");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(attachment.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLengthLong(attachment.getSize());
        try (InputStream in = queue.content(attachment)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
