package org.deskline.security.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.security.Principal;

/** Writes an audit entry for every {@link Audited} staff action that succeeded. */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    @Inject
    AuditTrail trail;

    @Inject
    Principal caller;

    @AroundInvoke
    Object audit(InvocationContext context) throws Exception {
        Object result = context.proceed();
        String action = context.getMethod().getDeclaringClass().getSimpleName() + "." + context.getMethod().getName();
        trail.record(actor(), action, AuditTrail.describe(context.getParameters(), redacted(context)));
        return result;
    }

    private String actor() {
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? AuditTrail.SYSTEM : name;
    }

    private static boolean[] redacted(InvocationContext context) {
        Annotation[][] annotations = context.getMethod().getParameterAnnotations();
        boolean[] hidden = new boolean[annotations.length];
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation a : annotations[i]) {
                hidden[i] |= a instanceof Audited.Redacted;
            }
        }
        return hidden;
    }
}
