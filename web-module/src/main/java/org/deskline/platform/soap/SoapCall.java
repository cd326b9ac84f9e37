package org.deskline.platform.soap;

import jakarta.enterprise.context.RequestScoped;

/**
 * Issue 22: what {@link SoapMetrics} and the request log need to know of the current SOAP request: its operation (set by
 * {@link CdiInstanceResolver} from the WSDL) and its outcome (a fault's code, set by {@link SoapBoundary}).
 */
@RequestScoped
public class SoapCall {

    static final String OK = "ok";

    private String operation;
    private String outcome = OK;

    void operation(String name) {
        operation = name;
    }

    void outcome(String code) {
        outcome = code;
    }

    /** The WSDL operation of this request, or null (not a SOAP call, or one the runtime could not take apart). */
    public String operation() {
        return operation;
    }

    /** {@code ok}, or the code of the fault the call ended in. */
    public String outcome() {
        return outcome;
    }
}
