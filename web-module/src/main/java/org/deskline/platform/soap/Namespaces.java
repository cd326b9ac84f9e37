package org.deskline.platform.soap;

/** The stable XML namespaces of the SOAP contract. Version 1; a breaking change gets a new namespace. */
public final class Namespaces {
    public static final String COMMON = "https://deskline.org/ns/common/v1";
    public static final String TICKET = "https://deskline.org/ns/ticket/v1";
    public static final String BILLING = "https://deskline.org/ns/billing/v1";
    public static final String MAINTENANCE = "https://deskline.org/ns/maintenance/v1";
    public static final String KNOWLEDGE = "https://deskline.org/ns/knowledge/v1";

    private Namespaces() {
    }
}
