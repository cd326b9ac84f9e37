package org.deskline.platform.soap;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issue 16, finding 3: a SOAP request larger than DESK_REQUEST_MAX_MB (default 40: a 25 MB attachment sent inline
 * as base64 fits) is refused with HTTP 413. One that declares its length is refused before a byte of its body is
 * read; one sent in chunks (no declared length) is counted as it is read and cut off at the limit, so neither the
 * SOAP runtime's buffers nor its temporary files ever hold more than the limit.
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
            refuse(response, "The request declares " + request.getContentLengthLong() + " bytes");
            return;
        }
        Bounded bounded = new Bounded(request, max);
        try {
            chain.doFilter(bounded, new Muted(response, bounded));
        } catch (IOException | ServletException | RuntimeException e) {
            if (!bounded.exceeded) {
                throw e;
            }
        }
        if (bounded.exceeded && !response.isCommitted()) {
            response.reset();
            refuse(response, "The request's body passed " + max + " bytes");
        }
    }

    /**
     * The response as the SOAP runtime sees it: once the body has passed the limit, whatever the runtime answers
     * (its fault about a broken stream) is dropped, so the filter can answer 413 instead.
     */
    private static final class Muted extends HttpServletResponseWrapper {

        private final Bounded request;
        private ServletOutputStream stream;
        private java.io.PrintWriter writer;

        Muted(HttpServletResponse response, Bounded request) {
            super(response);
            this.request = request;
        }

        @Override
        public void setStatus(int status) {
            if (!request.exceeded) {
                super.setStatus(status);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!request.exceeded) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!request.exceeded) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setContentType(String type) {
            if (!request.exceeded) {
                super.setContentType(type);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (!request.exceeded) {
                super.sendError(status, message);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            if (!request.exceeded) {
                super.sendError(status);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!request.exceeded) {
                super.flushBuffer();
            }
        }

        @Override
        public java.io.PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new java.io.PrintWriter(new java.io.OutputStreamWriter(getOutputStream(),
                        StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        if (!request.exceeded) {
                            out.write(b);
                        }
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        if (!request.exceeded) {
                            out.write(bytes, offset, length);
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        if (!request.exceeded) {
                            out.flush();
                        }
                    }

                    @Override
                    public void close() throws IOException {
                        if (!request.exceeded) {
                            out.close();
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }
    }

    private void refuse(HttpServletResponse response, String what) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain; charset=UTF-8");
        response.getOutputStream().write((what + "; at most " + maxMegabytes
                + " MB are accepted (DESK_REQUEST_MAX_MB).").getBytes(StandardCharsets.UTF_8));
    }

    /** The request with a body that fails with an IOException once more than {@code max} bytes are read. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;
        volatile boolean exceeded;

        Bounded(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream());
            }
            return stream;
        }

        private final class Counting extends ServletInputStream {

            private final ServletInputStream in;
            private long read;

            Counting(ServletInputStream in) {
                this.in = in;
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > max) {
                    exceeded = true;
                    throw new IOException("The request body passed the limit of " + max + " bytes");
                }
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        }
    }
}
