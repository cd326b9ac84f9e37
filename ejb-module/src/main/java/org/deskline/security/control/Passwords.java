package org.deskline.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Hashes and checks secrets with the platform's PBKDF2 (salted, iterated); plain secrets are never stored. */
@ApplicationScoped
public class Passwords {

    @Inject
    Pbkdf2PasswordHash hash;

    public String hash(String secret) {
        return hash.generate(secret.toCharArray());
    }

    public boolean matches(String secret, String storedHash) {
        return secret != null && storedHash != null && hash.verify(secret.toCharArray(), storedHash);
    }
}
