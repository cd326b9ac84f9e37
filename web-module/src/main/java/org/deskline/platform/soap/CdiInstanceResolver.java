package org.deskline.platform.soap;

import com.sun.xml.ws.api.message.Packet;
import com.sun.xml.ws.api.server.InstanceResolver;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;

/**
 * jaxws-rt creates endpoint objects itself, which would leave their injections empty; this resolver asks CDI
 * for the endpoint bean instead, and hands the request's schema violations to it.
 */
public class CdiInstanceResolver<T> extends InstanceResolver<T> {

    private final Class<T> type;

    public CdiInstanceResolver(Class<T> type) {
        this.type = type;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T resolve(Packet request) {
        CDI<Object> cdi = CDI.current();
        Object violations = request.invocationProperties.get(SchemaErrorRecorder.KEY);
        if (violations != null) {
            cdi.select(SchemaViolations.class).get().record((List<String>) violations);
        }
        return cdi.select(type).get();
    }
}
