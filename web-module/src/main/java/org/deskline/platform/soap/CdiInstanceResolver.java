package org.deskline.platform.soap;

import com.sun.xml.ws.api.message.Packet;
import com.sun.xml.ws.api.server.InstanceResolver;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import javax.xml.namespace.QName;

/**
 * jaxws-rt creates endpoint objects itself, which would leave their injections empty; this resolver asks CDI
 * for the endpoint bean instead, and hands the request's schema violations to it. Both beans are normal-scoped
 * (application, request), so their client proxies are looked up once: {@code CDI.current()} walks the stack
 * and cost more than the rest of a getTicket call. It also tells {@link SoapCall} the request's operation (issue 22).
 */
public class CdiInstanceResolver<T> extends InstanceResolver<T> {

    private final Class<T> type;
    private volatile T endpoint;
    private volatile SchemaViolations violations;
    private volatile SoapCall call;

    public CdiInstanceResolver(Class<T> type) {
        this.type = type;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T resolve(Packet request) {
        if (endpoint == null) {
            CDI<Object> cdi = CDI.current();
            violations = cdi.select(SchemaViolations.class).get();
            call = cdi.select(SoapCall.class).get();
            endpoint = cdi.select(type).get();
        }
        Object recorded = request.invocationProperties.get(SchemaErrorRecorder.KEY);
        if (recorded != null) {
            violations.record((List<String>) recorded);
        }
        QName operation = request.getWSDLOperation();
        if (operation != null) {
            call.operation(operation.getLocalPart());
        }
        return endpoint;
    }
}
