package org.deskline.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps the console's anti-forgery token out of the server log. When a protected page is asked for without its
 * token (a forged link, an old bookmark, a probe), Mojarra refuses it and logs, at SEVERE, the token it expected:
 * the one valid for that session. Anyone who reads the log could then forge requests in that session. This filter
 * rewrites that record to say what happened, at WARNING, without either value.
 */
@WebListener
public class TokenLogGuard implements ServletContextListener {

    /** Mojarra's lifecycle logger, where the protected-view check logs. */
    static final String LIFECYCLE_LOGGER = "jakarta.enterprise.resource.webcontainer.faces.lifecycle";
    static final String REDACTED = "A protected console page was asked for without its valid token (refused; the "
            + "token is not logged).";

    /** Held so the logger, and the filter set on it, are not collected and recreated without it. */
    private static final Logger LIFECYCLE = Logger.getLogger(LIFECYCLE_LOGGER);

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Filter before = LIFECYCLE.getFilter();
        LIFECYCLE.setFilter(record -> {
            redact(record);
            return before == null || before.isLoggable(record);
        });
    }

    /** Rewrites a record that carries the expected token; leaves every other record as it is. */
    static void redact(LogRecord record) {
        String message = record.getMessage();
        if (message != null && message.contains("SecretKeyValue")) {
            record.setMessage(REDACTED);
            record.setParameters(null);
            record.setLevel(Level.WARNING);
        }
    }
}
