package org.deskline.security.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brute-force protection for every sign-in (console form, SOAP Basic, broker), issue 16 finding 4. Failures are
 * counted per account name and address, and per address over all names. After {@code freePerAccount} (or
 * {@code freePerAddress}) failures each further failure locks that key for an exponentially growing time, from
 * {@code firstLock} up to {@code maxLock}; while a key is locked no password is checked at all (no work for the
 * attacker to buy). A success clears the account's count for that address. So an attacker guessing one account's
 * password is slowed to a handful of tries an hour while the account's real owner, from another address, keeps
 * working; a count is forgotten {@code forgetAfter} after the last failure.
 * <p>
 * State is per server: behind a load balancer each node throttles on its own (docs/security.md).
 */
public final class LoginThrottle {

    /** The tunables; {@link #standard()} is what the server runs with unless configured. */
    public record Limits(int freePerAccount, int freePerAddress, Duration firstLock, Duration maxLock,
                         Duration forgetAfter, int maxKeys) {

        public static Limits standard() {
            return new Limits(5, 100, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), 100_000);
        }
    }

    /** What a failure did: {@code lockStarted} is true once per lock, so the audit records a lock, not each try. */
    public record Failure(boolean lockStarted, Duration lockedFor) {
    }

    private static final int MAX_NAME = 200;

    private static final class Count {
        int failures;
        volatile Instant lastFailure = Instant.MIN;
        volatile Instant lockedUntil = Instant.MIN;
    }

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    public LoginThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long {@code account} from {@code address} must still wait before a password is checked; zero if not. */
    public Duration retryAfter(String account, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(accountKey(account, address)), lockedUntil(addressKey(address)));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    /** Counts a refused password. */
    public Failure failed(String account, String address) {
        Instant now = clock.instant();
        if (counts.size() >= limits.maxKeys()) {
            forgetQuiet(now);
        }
        Duration byAccount = count(accountKey(account, address), limits.freePerAccount(), now);
        Duration byAddress = count(addressKey(address), limits.freePerAddress(), now);
        Duration lock = byAccount.compareTo(byAddress) >= 0 ? byAccount : byAddress;
        return new Failure(!lock.isZero(), lock);
    }

    /** A right password: the account's count for this address starts again. */
    public void succeeded(String account, String address) {
        counts.remove(accountKey(account, address));
    }

    int keys() {
        return counts.size();
    }

    private Duration count(String key, int free, Instant now) {
        Duration[] lock = {Duration.ZERO};
        counts.compute(key, (k, count) -> {
            Count c = count == null || count.lastFailure.plus(limits.forgetAfter()).isBefore(now) ? new Count() : count;
            c.failures++;
            c.lastFailure = now;
            int excess = c.failures - free;
            if (excess > 0 && !c.lockedUntil.isAfter(now)) {
                lock[0] = lockFor(excess);
                c.lockedUntil = now.plus(lock[0]);
            }
            return c;
        });
        return lock[0];
    }

    private Duration lockFor(int excess) {
        int doublings = Math.min(excess - 1, 30);
        Duration lock = limits.firstLock().multipliedBy(1L << doublings);
        return lock.compareTo(limits.maxLock()) > 0 ? limits.maxLock() : lock;
    }

    private void forgetQuiet(Instant now) {
        counts.entrySet().removeIf(e -> !e.getValue().lockedUntil.isAfter(now)
                && e.getValue().lastFailure.plus(limits.forgetAfter()).isBefore(now));
        if (counts.size() >= limits.maxKeys()) { // a flood of names: keep only the locks
            counts.entrySet().removeIf(e -> !e.getValue().lockedUntil.isAfter(now));
        }
    }

    private Instant lockedUntil(String key) {
        Count count = counts.get(key);
        return count == null ? Instant.MIN : count.lockedUntil;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String accountKey(String account, String address) {
        String name = account == null ? "" : account.length() > MAX_NAME ? account.substring(0, MAX_NAME) : account;
        return "a\u0000" + address + "\u0000" + name;
    }

    private static String addressKey(String address) {
        return "n\u0000" + address;
    }
}
