package org.deskline.platform.soap;

import com.sun.xml.txw2.TypedXmlWriter;
import com.sun.xml.ws.api.model.JavaMethod;
import com.sun.xml.ws.api.wsdl.writer.WSDLGenExtnContext;
import com.sun.xml.ws.api.wsdl.writer.WSDLGeneratorExtension;
import javax.xml.namespace.QName;

/**
 * Writes {@link WsdlDoc} texts into the WSDL jaxws-rt generates, so integrators read what each operation does
 * (and which faults it raises) in the contract itself. Registered in META-INF/services.
 */
public class WsdlDocumentation extends WSDLGeneratorExtension {

    private static final QName DOCUMENTATION = new QName("http://schemas.xmlsoap.org/wsdl/", "documentation");
    private Class<?> endpoint;

    @Override
    public void start(WSDLGenExtnContext context) {
        endpoint = context.getEndpointClass();
    }

    @Override
    public void addPortTypeExtension(TypedXmlWriter portType) {
        WsdlDoc doc = endpoint == null ? null : endpoint.getAnnotation(WsdlDoc.class);
        if (doc != null) {
            portType._element(DOCUMENTATION, TypedXmlWriter.class)._pcdata(doc.value());
        }
    }

    @Override
    public void addOperationExtension(TypedXmlWriter operation, JavaMethod method) {
        WsdlDoc doc = method.getMethod().getAnnotation(WsdlDoc.class);
        if (doc == null && method.getSEIMethod() != null) {
            doc = method.getSEIMethod().getAnnotation(WsdlDoc.class);
        }
        if (doc != null) {
            operation._element(DOCUMENTATION, TypedXmlWriter.class)._pcdata(doc.value());
        }
    }
}
