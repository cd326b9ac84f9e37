package org.deskline.security.boundary;

import java.io.Serializable;
import java.util.Set;

/** The staff user a console session belongs to. */
record SessionUser(String name, Set<String> groups) implements Serializable {
}
