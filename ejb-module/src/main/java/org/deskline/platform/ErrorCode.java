package org.deskline.platform;

/**
 * Stable machine-readable error codes. They appear verbatim in SOAP fault details and are part of the
 * integration contract: never rename one, only add.
 */
public enum ErrorCode {
    /** A field is missing, malformed or breaks a documented rule. */
    VALIDATION,
    /** The object does not exist, or belongs to another organization (the two are indistinguishable). */
    NOT_FOUND,
    /** The action is not allowed in the ticket's current status; the message lists what is allowed. */
    ILLEGAL_TRANSITION,
    /** T9: the project already has as many active tickets of this kind as its plan allows; related lists them. */
    LIMIT_EXCEEDED,
    /** T10: an active ticket of the project has the same title; related points to it. */
    DUPLICATE,
    /** S1: the organization's plan does not offer the requested priority (and refuses rather than downgrades). */
    PRIORITY_NOT_OFFERED,
    /** Someone else changed the ticket at the same moment; read it again and retry. */
    CONCURRENT_MODIFICATION,
    /** The caller is not allowed to do this. */
    FORBIDDEN,
    /** B1/B5: paid work with neither an active subscription nor an hours package that covers it. */
    NOT_COVERED,
    /**
     * Too many refused sign-ins for this account from this address (or from this address overall): nothing was
     * checked; retry after the HTTP Retry-After header's seconds (issue 16). Sent with HTTP 429.
     */
    AUTHENTICATION_THROTTLED,
    /** Something failed on our side; the message carries a reference, never internals. */
    INTERNAL
}
