package org.deskline.security.boundary.web;

import java.io.Serializable;
import java.util.Set;

/** The staff user a console session belongs to, and the account's access stamp when they signed in. */
record SessionUser(String name, Set<String> groups, String stamp) implements Serializable {
}
