package org.deskline.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one sign-in protocol of the console, SOAP Basic and the broker (issue 16, finding 4): while the name and
 * address are throttled nothing is checked; a name no account has costs the same work as a wrong password; a
 * refusal is counted, a success clears the count. What each caller does with the outcome (audit, groups, a broker
 * subject) stays with the caller.
 */
@ApplicationScoped
public class SignInGate {

    /** The outcome: the account when accepted, the wait when throttled, the throttle's verdict when refused. */
    public record Outcome<A>(A account, Duration retryAfter, LoginThrottle.Failure failure) {

        public boolean isAccepted() {
            return account != null;
        }

        public boolean isThrottled() {
            return !retryAfter.isZero();
        }

        /** True once per pause: the refusal that started it (audit or log it, not each try). */
        public boolean startedLock() {
            return failure != null && failure.lockStarted();
        }
    }

    @Inject
    Passwords passwords;

    @Inject
    SignInThrottle throttle;

    /**
     * Checks {@code secret} against the stored hash of the account found under the typed name, from
     * {@code address}; an inactive account is checked like any other before it is refused.
     */
    public <A> Outcome<A> check(String typed, String secret, String address, Optional<A> account,
                                Function<A, String> storedHash, Predicate<A> active) {
        return check(typed, secret, address, account,
                a -> passwords.matches(secret, storedHash.apply(a)) && active.test(a));
    }

    /** The same, with the caller's own test of the secret (a configured, not hashed, one). */
    public <A> Outcome<A> check(String typed, String secret, String address, Optional<A> account,
                                Predicate<A> opens) {
        LoginThrottle guard = throttle.throttle();
        Duration wait = guard.retryAfter(typed, address);
        if (!wait.isZero()) {
            return new Outcome<>(null, wait, null);
        }
        boolean ok;
        if (account.isEmpty()) {
            passwords.burn(secret);
            ok = false;
        } else {
            ok = opens.test(account.get());
        }
        if (!ok) {
            return new Outcome<>(null, Duration.ZERO, guard.failed(typed, address));
        }
        guard.succeeded(typed, address);
        return new Outcome<>(account.get(), Duration.ZERO, null);
    }

    /** Stores a hash of today's work factor when {@code storedHash} was made with less (after a success). */
    public void rehashIfOld(String storedHash, String secret, Consumer<String> store) {
        if (passwords.needsRehash(storedHash)) {
            store.accept(passwords.hash(secret));
        }
    }
}
