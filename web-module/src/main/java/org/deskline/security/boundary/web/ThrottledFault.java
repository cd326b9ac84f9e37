package org.deskline.security.boundary.web;

import org.deskline.platform.ErrorCode;
import org.deskline.platform.soap.Namespaces;

/**
 * The SOAP 1.1 fault sent with HTTP 429 when a customer system's sign-in is throttled. It is written before any
 * SOAP handler runs (authentication comes first), so it is built here, in the same shape as every other fault: a
 * {@code deskFault} detail with a stable code.
 */
final class ThrottledFault {

    private ThrottledFault() {
    }

    static String envelope(long retryAfterSeconds) {
        String message = "Too many refused sign-ins for this client from this address; nothing was checked. "
                + "Retry after " + retryAfterSeconds + " s.";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
                + "<faultcode>S:Client</faultcode><faultstring>" + message + "</faultstring><detail>"
                + "<c:deskFault xmlns:c=\"" + Namespaces.COMMON + "\"><c:code>"
                + ErrorCode.AUTHENTICATION_THROTTLED.name() + "</c:code><c:message>" + message
                + "</c:message></c:deskFault></detail></S:Fault></S:Body></S:Envelope>";
    }
}
