package org.yiwang.services.internal.cases;

import org.yiwang.identity.AccountKind;
import org.yiwang.identity.AccountPrincipal;

/**
 * Who applies: a citizen (known by the blind index of his ID number) or an enterprise (by its credit code).
 *
 * @param auditName the account as the audit trail and data-use log name it
 * @param maskedIdentifier the ID number or credit code as printed on a result, masked
 */
record Applicant(long accountId, AccountKind kind, String displayName, String auditName, String idNumberIndex,
        String creditCode, String maskedIdentifier) {

    static Applicant of(AccountPrincipal principal, String idNumberIndex) {
        if (principal.kind() == AccountKind.ENTERPRISE) {
            String code = principal.loginName();
            return new Applicant(principal.accountId(), principal.kind(), principal.displayName(), principal.getName(),
                    null, code, code.substring(0, 8) + "********" + code.substring(16));
        }
        return new Applicant(principal.accountId(), principal.kind(), principal.displayName(), principal.getName(),
                idNumberIndex, null, principal.loginName());
    }

    /** The applicant's own identity, the subject of an item whose form names no other. */
    String identity() {
        return kind == AccountKind.ENTERPRISE ? "E:" + creditCode : "P:" + idNumberIndex;
    }
}
