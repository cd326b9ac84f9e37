package org.deskline.security.control;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A staff action: the {@link AuditInterceptor} writes who did it, when, and with what arguments into the audit
 * trail, in the action's own transaction (a refused action rolls back and leaves no entry).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** Marks an argument the audit must not write down (passwords, secrets). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface Redacted {
    }
}
