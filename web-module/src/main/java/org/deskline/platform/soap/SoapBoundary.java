package org.deskline.platform.soap;

import jakarta.persistence.OptimisticLockException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.platform.boundary.RequestLog;

/**
 * What every SOAP operation does around its call: refuse schema violations, pass the authenticated API client
 * on, and turn the one exception hierarchy into the one typed fault. Unexpected errors are logged with a
 * reference the caller gets, never with internals.
 */
@ApplicationScoped
public class SoapBoundary {

    private static final Logger LOG = Logger.getLogger(SoapBoundary.class.getName());

    @Inject
    SchemaViolations violations;

    @Inject
    SecurityContext security;

    @Inject
    SoapCall call;

    @Inject
    HttpServletRequest request;

    public <T> T call(Function<String, T> operation) throws DeskFault {
        try {
            violations.check();
            Principal caller = security.getCallerPrincipal();
            if (caller == null) {
                throw new DeskException(ErrorCode.FORBIDDEN, null, null, "Authenticate as an API client.");
            }
            return operation.apply(caller.getName());
        } catch (DeskException e) {
            throw fault(e);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DeskException d) {
                    throw fault(d);
                }
                if (t instanceof OptimisticLockException) {
                    throw fault(new DeskException(ErrorCode.CONCURRENT_MODIFICATION, null, null,
                            "The ticket was changed by someone else at the same moment; read it again and retry."));
                }
            }
            throw internal(e);
        }
    }

    private DeskFault fault(DeskException e) {
        call.outcome(e.code().name());
        return new DeskFault(e.getMessage(),
                new DeskFaultInfo(e.code().name(), e.field(), e.rule(), e.getMessage(), e.related()));
    }

    private DeskFault internal(RuntimeException e) {
        call.outcome(ErrorCode.INTERNAL.name());
        // the request's correlation id (issue 22): the same id is on the request log's line and in X-Request-Id
        Object id = request.getAttribute(RequestLog.ATTRIBUTE);
        String reference = id == null ? UUID.randomUUID().toString() : id.toString();
        LOG.log(Level.SEVERE, "SOAP operation failed, reference " + reference, e);
        String message = "The operation failed on our side; quote reference " + reference + ".";
        return new DeskFault(message, new DeskFaultInfo(ErrorCode.INTERNAL.name(), null, null, message, List.of()));
    }
}
