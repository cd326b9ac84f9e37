package org.deskline.platform.soap;

import com.sun.xml.ws.api.server.InstanceResolverAnnotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a JAX-WS endpoint whose instances come from CDI, so it can inject services (see {@link CdiInstanceResolver}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@InstanceResolverAnnotation(CdiInstanceResolver.class)
public @interface CdiEndpoint {
}
