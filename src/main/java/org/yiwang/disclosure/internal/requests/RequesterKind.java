package org.yiwang.disclosure.internal.requests;

import org.yiwang.identity.AccountKind;

/** Who asks, as the annual report counts requesters: 自然人, or 法人或其他组织. */
enum RequesterKind {
    NATURAL_PERSON,
    LEGAL_PERSON;

    static RequesterKind of(AccountKind kind) {
        return kind == AccountKind.ENTERPRISE ? LEGAL_PERSON : NATURAL_PERSON;
    }
}
