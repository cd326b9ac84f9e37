package org.deskline.platform.soap;

import jakarta.enterprise.context.RequestScoped;

/**
 * Issue 22: what {@link SoapMetrics} needs to know of the current SOAP request: its operation (set by
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

    String operation() {
        return operation;
    }

    String outcome() {
        return outcome;
    }
}
