package org.yiwang.services.internal.cases;

import java.util.function.Supplier;
import org.yiwang.identity.AccountKind;
import org.yiwang.identity.AccountPrincipal;

/**
 * Who applies: a citizen (known by the blind index of his ID number) or an enterprise (by its credit code).
 *
 * @param auditName the account as the audit trail and data-use log name it
 * @param indexSource the blind index of the citizen's ID number, read the first time a use case needs it (to read
 *        the registers with his consent, or as the subject of an item whose form names none) and not before
 * @param maskedIdentifier the ID number or credit code as printed on a result, masked
 */
record Applicant(long accountId, AccountKind kind, String displayName, String auditName, Supplier<String> indexSource,
        String creditCode, String maskedIdentifier) {

    static Applicant of(AccountPrincipal principal, Supplier<String> idNumberIndex) {
        if (principal.kind() == AccountKind.ENTERPRISE) {
            String code = principal.loginName();
            return new Applicant(principal.accountId(), principal.kind(), principal.displayName(), principal.getName(),
                    () -> null, code, code.substring(0, 8) + "********" + code.substring(16));
        }
        return new Applicant(principal.accountId(), principal.kind(), principal.displayName(), principal.getName(),
                new Once(idNumberIndex), null, principal.loginName());
    }

    /** The blind index of the citizen's ID number; null for an enterprise or an account without one. */
    String idNumberIndex() {
        return indexSource.get();
    }

    /** The applicant's own identity, the subject of an item whose form names no other. */
    String identity() {
        return kind == AccountKind.ENTERPRISE ? "E:" + creditCode : "P:" + idNumberIndex();
    }

    /** Reads the value at most once, on first use. */
    private static final class Once implements Supplier<String> {

        private Supplier<String> source;
        private String value;

        Once(Supplier<String> source) {
            this.source = source;
        }

        @Override
        public synchronized String get() {
            if (source != null) {
                value = source.get();
                source = null;
            }
            return value;
        }
    }
}
