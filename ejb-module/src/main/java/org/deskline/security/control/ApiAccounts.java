package org.deskline.security.control;

import java.util.Optional;

/**
 * The accounts customer systems sign in with over SOAP. The organization feature keeps them (its API clients) and
 * implements this ({@code organization.control.ApiClientAccounts}), so security depends on no feature above it
 * (issue 17).
 */
public interface ApiAccounts {

    /** One API client as the sign-in sees it. */
    interface Account {

        String username();

        String passwordHash();

        boolean active();

        /** Whether the client only reports backups (M5) rather than working tickets. */
        boolean backupReporter();

        /** Stores a stronger hash of the same secret (done during a successful sign-in). */
        void rehashed(String passwordHash);

        /** The sign-in succeeded: the services may now scope the client's calls to its organization. */
        void signedIn();
    }

    Optional<Account> find(String username);
}
