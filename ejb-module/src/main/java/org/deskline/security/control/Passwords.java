package org.deskline.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and checks secrets with PBKDF2-HMAC-SHA256 at DESK_PASSWORD_ITERATIONS (at least 600,000, see
 * {@link PasswordHashing}); plain secrets are never stored. PBKDF2 is slow on purpose, and customer systems
 * authenticate on every SOAP request, so a successful check is remembered as a SHA-256 of (stored hash, secret): a
 * changed or disabled credential changes the stored hash or is refused before this point, and a wrong secret is
 * never remembered.
 */
@ApplicationScoped
public class Passwords {

    private static final int MAX_REMEMBERED = 10_000;

    @Inject
    @ConfigProperty(name = "desk.password.iterations", defaultValue = "600000")
    int iterations;

    private PasswordHashing hashing;
    private final Map<String, Boolean> verified = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        hashing = PasswordHashing.withIterations(iterations);
    }

    public String hash(String secret) {
        return hashing.hash(secret.toCharArray());
    }

    /**
     * Each secret's hash (a salt of its own each), worked out side by side on the machine's cores: for a start that
     * makes many accounts at once (the demo's). Pure computation, so the common fork-join pool serves.
     */
    public Map<String, String> hashAll(Collection<String> secrets) {
        return secrets.parallelStream().distinct().collect(Collectors.toConcurrentMap(s -> s, this::hash));
    }

    public boolean matches(String secret, String storedHash) {
        if (secret == null || storedHash == null) {
            burn(secret);
            return false;
        }
        String key = fingerprint(storedHash, secret);
        if (verified.containsKey(key)) {
            return true;
        }
        boolean ok = hashing.verify(secret.toCharArray(), storedHash);
        if (ok) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(key, Boolean.TRUE);
        }
        return ok;
    }

    /** Whether a hash that just matched was made with less work than today's: then store a new one. */
    public boolean needsRehash(String storedHash) {
        return hashing.needsRehash(storedHash);
    }

    /** The work of a wrong password, for a name that matches no account. */
    public void burn(String secret) {
        hashing.burn(secret == null ? new char[0] : secret.toCharArray());
    }

    private static String fingerprint(String storedHash, String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(storedHash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
