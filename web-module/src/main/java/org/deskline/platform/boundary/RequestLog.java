package org.deskline.platform.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.deskline.platform.control.JsonDocs;
import org.deskline.platform.soap.SoapCall;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issue 22: one log line per request (logger {@value #LOGGER}), with a correlation id the response carries in
 * {@value #HEADER} and an internal SOAP fault quotes as its reference. A caller's own {@value #HEADER} (at most 64
 * letters, digits, '-', '_', '.') is kept, so a balancer's or an ERP's id follows the request through. Plain text
 * by default, a JSON object per line with {@code DESK_REQUEST_LOG=json}, none with {@code off}. It says who asked
 * (the signed-in user or API client), what (method, path without the query, the SOAP operation and its outcome),
 * the status and the time taken; never a body, a query string, a header's value or a password. The console's
 * static resources are not logged. Text lines go to the server log; JSON lines go to their own rotated files,
 * {@code DESK_DATA_DIR/logs/requests-N.jsonl} (5 files of 50 MB), one object per line for a log shipper to tail.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestLog extends HttpFilter {

    public static final String LOGGER = "org.deskline.requests";
    public static final String HEADER = "X-Request-Id";
    /** The request attribute with the correlation id, for whoever needs it while the request runs. */
    public static final String ATTRIBUTE = RequestLog.class.getName() + ".id";

    private static final Logger LOG = Logger.getLogger(LOGGER);
    private static final int FILE_LIMIT = 50 * 1024 * 1024;
    private static final int FILES = 5;
    private static final Pattern CALLERS_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Inject
    @ConfigProperty(name = "desk.request.log", defaultValue = "text")
    String format;

    @Inject
    @ConfigProperty(name = "desk.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    SoapCall soap;

    private String mode;
    private Logger jsonLines;
    private FileHandler jsonFiles;

    @Override
    public void init() throws ServletException {
        mode = format == null ? "text" : format.strip().toLowerCase(Locale.ROOT);
        if ("json".equals(mode)) {
            try {
                Path dir = Files.createDirectories(Path.of(dataDir, "logs"));
                jsonFiles = new FileHandler(dir.resolve("requests-%g.jsonl").toString(), FILE_LIMIT, FILES, true);
                jsonFiles.setEncoding("UTF-8");
                jsonFiles.setFormatter(new Formatter() {
                    @Override
                    public String format(LogRecord record) {
                        return record.getMessage() + "\n";
                    }
                });
                jsonLines = Logger.getLogger(LOGGER + ".json");
                jsonLines.setUseParentHandlers(false);
                jsonLines.addHandler(jsonFiles);
            } catch (IOException e) {
                throw new ServletException("Cannot write the request log under " + dataDir + "/logs: " + e, e);
            }
        }
    }

    @Override
    public void destroy() {
        if (jsonFiles != null) {
            jsonLines.removeHandler(jsonFiles);
            jsonFiles.close();
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String given = request.getHeader(HEADER);
        String id = given != null && CALLERS_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String path = request.getRequestURI();
            if (!"off".equals(mode) && !path.contains("/jakarta.faces.resource/")) {
                double millis = (System.nanoTime() - started) / 1_000_000.0;
                Principal user = request.getUserPrincipal();
                String operation = path.startsWith(request.getContextPath() + "/ws/") ? soap.operation() : null;
                if (jsonLines != null) {
                    jsonLines.info(json(id, request, path, operation, response.getStatus(), millis, user));
                } else {
                    LOG.info(text(id, request, path, operation, response.getStatus(), millis, user));
                }
            }
        }
    }

    private String text(String id, HttpServletRequest request, String path, String operation, int status,
                        double millis, Principal user) {
        StringBuilder line = new StringBuilder("id=").append(id).append(' ').append(request.getMethod()).append(' ')
                .append(path);
        if (operation != null) {
            line.append(" op=").append(operation).append(" outcome=").append(soap.outcome());
        }
        // tenths by hand: String.format cost 2 % of a request's CPU (issue 21)
        long tenths = Math.round(millis * 10);
        return line.append(" status=").append(status).append(" ms=").append(tenths / 10).append('.').append(tenths % 10)
                .append(" user=").append(user == null ? "-" : user.getName()).append(" from=")
                .append(request.getRemoteAddr()).toString();
    }

    private String json(String id, HttpServletRequest request, String path, String operation, int status,
                        double millis, Principal user) {
        JsonObjectBuilder line = JsonDocs.object().add("id", id).add("method", request.getMethod())
                .add("path", path);
        if (operation != null) {
            line.add("operation", operation).add("outcome", soap.outcome());
        }
        line.add("status", status).add("ms", Math.round(millis * 10) / 10.0);
        if (user != null) {
            line.add("user", user.getName());
        }
        return line.add("from", request.getRemoteAddr()).build().toString();
    }
}
