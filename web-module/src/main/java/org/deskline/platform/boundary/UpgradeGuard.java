package org.deskline.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Issue 22: plain HTTP stays HTTP/1.1 without hurting the clients that ask to upgrade it to HTTP/2 (h2c; Java's
 * {@code HttpClient} and CXF 4 do by default). Grizzly's h2c in Payara 6.2025.10 deadlocks worker threads for good
 * (a GOAWAY while a response completes; twice seen by the liveness check on the test server), so
 * config/payara/*.asadmin turn HTTP/2 off on the plain listener. Grizzly then still takes such a request for an
 * upgraded connection: its body reaches the application raw (a chunked one with its chunk framing) and never ends,
 * and reading it blocked until a 30 s timeout and a 500. Here the body of a request that asks to upgrade ends where
 * its Content-Length says, or where its last chunk does (decoded here); no length and no chunks: no body. The
 * connection is closed after the answer, so the next request starts clean. HTTPS is untouched: browsers and clients agree on h2
 * by ALPN there, without an upgrade.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class UpgradeGuard extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String upgrade = request.getHeader("Upgrade");
        if (upgrade == null || request.isSecure() || !upgrade.toLowerCase(Locale.ROOT).contains("h2c")) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Connection", "close");
        String encoding = request.getHeader("Transfer-Encoding");
        boolean chunked = encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
        chain.doFilter(new Bounded(request, chunked ? -1 : Math.max(0, request.getContentLengthLong())), response);
    }

    /** The request with a body of exactly its declared length, or ({@code length} -1) up to its last chunk. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long length;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long length) {
            super(request);
            this.length = length;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream raw = super.getInputStream();
                InputStream body = length < 0 ? new Dechunked(raw) : new Limited(raw, length);
                stream = new ServletInputStream() {
                    private boolean finished;

                    @Override
                    public int read() throws IOException {
                        int b = body.read();
                        finished = b < 0;
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int count) throws IOException {
                        int n = body.read(buffer, offset, count);
                        finished = n < 0;
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return finished;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        throw new IllegalStateException("The body of an h2c upgrade request is read blocking");
                    }
                };
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    encoding == null ? java.nio.charset.StandardCharsets.ISO_8859_1.name() : encoding));
        }
    }

    /** The first {@code length} bytes of a stream. */
    static final class Limited extends InputStream {

        private final InputStream in;
        private long left;

        Limited(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            left = b < 0 ? 0 : left - 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(count, left));
            left = n < 0 ? 0 : left - n;
            return n;
        }
    }

    /** A chunked body (RFC 9112, 7.1) decoded, ending after its last chunk and trailer. */
    static final class Dechunked extends InputStream {

        private static final int MAX_LINE = 4096;

        private final InputStream in;
        private long left;
        private boolean done;

        Dechunked(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                String size = line();
                int extension = size.indexOf(';');
                try {
                    left = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).strip(), 16);
                } catch (NumberFormatException e) {
                    throw new IOException("Not a chunk size: " + size);
                }
                if (left == 0) {
                    while (!line().isEmpty()) {
                        // trailer fields, up to the empty line
                    }
                    done = true;
                    return -1;
                }
            }
            int n = in.read(buffer, offset, (int) Math.min(count, left));
            if (n < 0) {
                throw new IOException("The chunked body ended inside a chunk");
            }
            left -= n;
            if (left == 0) {
                line(); // the CRLF after the chunk's data
            }
            return n;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0 || line.length() > MAX_LINE) {
                    throw new IOException("The chunked body broke off");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }
    }
}
