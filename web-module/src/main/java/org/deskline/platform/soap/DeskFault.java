package org.deskline.platform.soap;

import jakarta.xml.ws.WebFault;

/** The one fault every operation declares; its detail says what went wrong in a stable, typed form. */
@WebFault(name = "deskFault", targetNamespace = Namespaces.COMMON)
public class DeskFault extends Exception {

    private final DeskFaultInfo faultInfo;

    public DeskFault(String message, DeskFaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public DeskFault(String message, DeskFaultInfo faultInfo, Throwable cause) {
        super(message, cause);
        this.faultInfo = faultInfo;
    }

    public DeskFaultInfo getFaultInfo() {
        return faultInfo;
    }
}
