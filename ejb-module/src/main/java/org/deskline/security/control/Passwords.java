package org.deskline.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hashes and checks secrets with the platform's PBKDF2 (salted, iterated); plain secrets are never stored.
 * PBKDF2 is slow on purpose, and customer systems authenticate on every SOAP request, so a successful check is
 * remembered as a SHA-256 of (stored hash, secret): a changed or disabled credential changes the stored hash
 * or is refused before this point, and a wrong secret is never remembered.
 */
@ApplicationScoped
public class Passwords {

    private static final int MAX_REMEMBERED = 10_000;

    @Inject
    Pbkdf2PasswordHash hash;

    private final Map<String, Boolean> verified = new ConcurrentHashMap<>();

    public String hash(String secret) {
        return hash.generate(secret.toCharArray());
    }

    public boolean matches(String secret, String storedHash) {
        if (secret == null || storedHash == null) {
            return false;
        }
        String key = fingerprint(storedHash, secret);
        if (verified.containsKey(key)) {
            return true;
        }
        boolean ok = hash.verify(secret.toCharArray(), storedHash);
        if (ok) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(key, Boolean.TRUE);
        }
        return ok;
    }

    private static String fingerprint(String storedHash, String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(storedHash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return java.util.HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
