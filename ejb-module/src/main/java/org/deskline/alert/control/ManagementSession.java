package org.deskline.alert.control;

import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;

/**
 * A short conversation with an Artemis broker's management address ({@code activemq.management}) over the core
 * protocol: operations and attributes of its resources, as the {@code artemis} command line and the web console
 * use them. The user needs the {@code manage} permission there (the {@code amq} role of a broker made by
 * {@code artemis create} has it). Any URL the client accepts works, including a live/backup list.
 */
final class ManagementSession implements AutoCloseable {

    static final String BROKER = "broker";
    private static final String MANAGEMENT_ADDRESS = "activemq.management";
    private static final long TIMEOUT_MS = 10_000;

    private final ServerLocator locator;
    private final ClientSessionFactory factory;
    private final ClientSession session;
    private final ClientRequestor requestor;

    ManagementSession(String url, String user, String password) throws Exception {
        ServerLocator l = ActiveMQClient.createServerLocator(url);
        // one attempt per connector and no waiting on a dead broker: the next synchronisation tries again
        l.setReconnectAttempts(0).setInitialConnectAttempts(1).setCallTimeout(TIMEOUT_MS);
        ClientSessionFactory f = null;
        ClientSession s = null;
        try {
            f = l.createSessionFactory();
            s = f.createSession(user, password, false, true, true, false, 0);
            s.start();
            this.requestor = new ClientRequestor(s, MANAGEMENT_ADDRESS);
        } catch (Exception e) {
            if (s != null) {
                s.close();
            }
            if (f != null) {
                f.close();
            }
            l.close();
            throw e;
        }
        this.locator = l;
        this.factory = f;
        this.session = s;
    }

    /** Invokes {@code operation} on {@code resource} (e.g. "broker"); its result, or an exception with the reason. */
    Object invoke(String resource, String operation, Object... arguments) throws Exception {
        ClientMessage request = session.createMessage(false);
        ManagementHelper.putOperationInvocation(request, resource, operation, arguments);
        return answer(request, resource + "." + operation);
    }

    /** Reads {@code attribute} of {@code resource} (e.g. "address.deskline.alerts", "queueNames"). */
    Object attribute(String resource, String attribute) throws Exception {
        ClientMessage request = session.createMessage(false);
        ManagementHelper.putAttribute(request, resource, attribute);
        return answer(request, resource + "." + attribute);
    }

    private Object answer(ClientMessage request, String what) throws Exception {
        ClientMessage reply = requestor.request(request, TIMEOUT_MS);
        if (reply == null) {
            throw new IllegalStateException("The broker did not answer " + what + " within " + TIMEOUT_MS + " ms");
        }
        Object result = ManagementHelper.getResult(reply);
        if (!ManagementHelper.hasOperationSucceeded(reply)) {
            throw new ManagementRefusal(what + " refused by the broker: " + result);
        }
        return result;
    }

    /** The broker answered, and said no. */
    static final class ManagementRefusal extends Exception {
        ManagementRefusal(String message) {
            super(message);
        }
    }

    @Override
    public void close() {
        try {
            requestor.close();
        } catch (Exception ignored) {
            // closing anyway
        }
        try {
            session.close();
        } catch (Exception ignored) {
            // closing anyway
        }
        factory.close();
        locator.close();
    }
}
