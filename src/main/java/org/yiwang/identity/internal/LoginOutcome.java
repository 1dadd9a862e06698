package org.yiwang.identity.internal;

import java.time.Instant;

/** What a sign-in step came to. A refusal is a value, not an exception: it is an ordinary outcome. */
sealed interface LoginOutcome {

    /** Fully signed in. */
    record SignedIn(Account account) implements LoginOutcome {
    }

    /** The password was right; a staff member or leader must now give a TOTP code (or enrol first). */
    record SecondFactorNeeded(Account account) implements LoginOutcome {
        boolean enrolled() {
            return account.totpEnabled();
        }
    }

    /** Refused: {@code credentials}, {@code code}, {@code locked} (with the time it ends) or {@code disabled}. */
    record Refused(String reason, Instant lockedUntil) implements LoginOutcome {
        static Refused credentials() {
            return new Refused("credentials", null);
        }
    }
}
