package org.deskline.organization.boundary.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.deskline.organization.boundary.ApiClientAdmin.IssuedCredential;

/** The credential made in this request: the page shows it once; the next request no longer has it. */
@Named
@RequestScoped
public class IssuedCredentials {

    private IssuedCredential issued;

    public IssuedCredential getIssued() {
        return issued;
    }

    void hold(IssuedCredential credential) {
        this.issued = credential;
    }
}
