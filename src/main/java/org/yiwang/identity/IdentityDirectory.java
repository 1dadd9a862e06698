package org.yiwang.identity;

import java.util.Optional;

/** What other modules may ask about an account beyond the signed-in principal. */
public interface IdentityDirectory {

    /**
     * The keyed blind index of the account holder's ID number (the platform's {@code CryptoService.blindIndex}),
     * by which other modules find the same person in their own records without seeing the number; empty for
     * an account without an ID number, such as an enterprise.
     */
    Optional<String> idNumberIndexOf(long accountId);
}
