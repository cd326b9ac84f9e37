package org.deskline.platform.soap;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issue 16, finding 3 (first part): a SOAP request that declares more than DESK_REQUEST_MAX_MB (default 40: a
 * 25 MB attachment sent inline as base64 fits) is refused with HTTP 413 before a byte of its body is read.
 */
@WebFilter(urlPatterns = "/ws/*", asyncSupported = true)
public class RequestSizeLimit extends HttpFilter {

    @Inject
    @ConfigProperty(name = "desk.request.max.mb", defaultValue = "40")
    long maxMegabytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long max = maxMegabytes * 1024 * 1024;
        if (request.getContentLengthLong() > max) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader("Connection", "close");
            response.setContentType("text/plain; charset=UTF-8");
            response.getOutputStream().write(("The request declares " + request.getContentLengthLong()
                    + " bytes; at most " + maxMegabytes + " MB are accepted (DESK_REQUEST_MAX_MB).")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
