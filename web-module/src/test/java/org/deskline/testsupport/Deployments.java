package org.deskline.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;


public final class Deployments {

    private Deployments() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("desk.war", "target/deskline.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " does not exist: run 'mvn verify', which packages it first");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClass(SignedIn.class);
    }
}
