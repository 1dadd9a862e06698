package org.yiwang.identity;

import java.util.List;
import java.util.Optional;

/** What other modules may ask about an account beyond the signed-in principal. */
public interface IdentityDirectory {

    /**
     * The keyed blind index of the account holder's ID number (the platform's {@code CryptoService.blindIndex}),
     * by which other modules find the same person in their own records without seeing the number; empty for
     * an account without an ID number, such as an enterprise.
     */
    Optional<String> idNumberIndexOf(long accountId);

    /**
     * An active account as it appears once signed in, found by what it signs in with (ID number, credit code
     * or username), for work done in its name outside a request, such as the demo cases loaded at start.
     */
    Optional<AccountPrincipal> principalOf(String login);

    /** An active staff member or leader with a department; empty for anyone else. */
    Optional<StaffMember> staffMember(long accountId);

    /** The active staff of a department who hold a permission, by name. */
    List<StaffMember> staffWithPermission(long departmentId, String permission);
}
