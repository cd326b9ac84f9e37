package org.deskline.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, warns in the server log when the application is reachable over plain HTTP from other machines
 * (issue 15): API clients send HTTP Basic credentials and staff their passwords, readable by anyone on the path.
 * The README's run command listens on loopback only; a production start serves HTTPS (docs/security.md).
 */
@WebListener
public class PlainHttpWarning implements ServletContextListener {

    static final String MESSAGE = "Deskline is reachable over plain HTTP from other machines ({0}): HTTP Basic "
            + "credentials of API clients and console passwords travel in clear text. Serve HTTPS (--sslport with "
            + "your keystore) and listen on loopback for plain HTTP, or put a TLS proxy in front; see docs/security.md.";

    private static final Logger LOG = Logger.getLogger(PlainHttpWarning.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String instanceRoot = System.getProperty("com.sun.aas.instanceRoot");
        if (instanceRoot == null) {
            return; // not on Payara: nothing to read
        }
        Path domainXml = Path.of(instanceRoot, "config", "domain.xml");
        try (InputStream in = Files.newInputStream(domainXml)) {
            List<String> exposed = PlainHttpListeners.exposed(in);
            if (!exposed.isEmpty()) {
                LOG.log(Level.WARNING, MESSAGE, String.join(", ", exposed));
            }
        } catch (IOException unreadable) {
            LOG.log(Level.FINE, "Could not read " + domainXml + " to check for plain HTTP listeners", unreadable);
        }
    }
}
