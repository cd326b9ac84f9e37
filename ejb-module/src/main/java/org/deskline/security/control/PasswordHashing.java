package org.deskline.security.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes in the platform's (Soteria's) format {@code algorithm:iterations:salt:hash} (base64), so
 * the hashes written by earlier versions (PBKDF2WithHmacSHA256 at 2,048 iterations) still verify and are recognised
 * as due for a re-hash (issue 16, finding 4). New hashes use PBKDF2-HMAC-SHA256 at the configured work factor, at
 * least {@link #MIN_ITERATIONS} (OWASP's 2023 figure), with a 32-byte salt and a 32-byte key.
 */
public final class PasswordHashing {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int MIN_ITERATIONS = 600_000;
    private static final Set<String> KNOWN = Set.of("PBKDF2WithHmacSHA224", ALGORITHM, "PBKDF2WithHmacSHA384",
            "PBKDF2WithHmacSHA512");
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 32;
    /** The most iterations a stored hash may ask for: a tampered row must not pin a CPU for minutes. */
    private static final int MAX_ITERATIONS = 10_000_000;

    private final int iterations;
    private final SecureRandom random;
    private final String decoy;

    /** {@code iterations} below {@link #MIN_ITERATIONS} are only for this class's own unit tests. */
    PasswordHashing(int iterations, SecureRandom random) {
        this.iterations = iterations;
        this.random = random;
        this.decoy = hash("decoy".toCharArray());
    }

    /** The production work factor: {@code configured}, raised to {@link #MIN_ITERATIONS} if below. */
    public static PasswordHashing withIterations(int configured) {
        return new PasswordHashing(Math.max(configured, MIN_ITERATIONS), new SecureRandom());
    }

    public int iterations() {
        return iterations;
    }

    public String hash(char[] secret) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(derive(ALGORITHM, secret, salt, iterations, KEY_BYTES));
    }

    /** Whether {@code secret} matches {@code stored}; a malformed stored hash matches nothing. */
    public boolean verify(char[] secret, String stored) {
        Parsed parsed = Parsed.of(stored);
        if (parsed == null) {
            burn(secret);
            return false;
        }
        byte[] derived = derive(parsed.algorithm, secret, parsed.salt, parsed.iterations, parsed.key.length);
        return MessageDigest.isEqual(derived, parsed.key);
    }

    /** True when {@code stored} was made with another algorithm or fewer iterations than today's. */
    public boolean needsRehash(String stored) {
        Parsed parsed = Parsed.of(stored);
        return parsed == null || !ALGORITHM.equals(parsed.algorithm) || parsed.iterations < iterations
                || parsed.key.length < KEY_BYTES;
    }

    /** The same work as checking a wrong password, for a user name that matches no account (no timing oracle). */
    public void burn(char[] secret) {
        Parsed parsed = Parsed.of(decoy);
        derive(parsed.algorithm, secret, parsed.salt, parsed.iterations, parsed.key.length);
    }

    /** The hash {@link #burn} works on: made like any other, so it costs what a real one does. */
    String decoy() {
        return decoy;
    }

    private static byte[] derive(String algorithm, char[] secret, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    private record Parsed(String algorithm, int iterations, byte[] salt, byte[] key) {

        static Parsed of(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split(":");
            if (parts.length != 4 || !KNOWN.contains(parts[0])) {
                return null;
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] key = Base64.getDecoder().decode(parts[3]);
                if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length == 0 || key.length == 0) {
                    return null;
                }
                return new Parsed(parts[0], iterations, salt, key);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
