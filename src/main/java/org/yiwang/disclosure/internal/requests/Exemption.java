package org.yiwang.disclosure.internal.requests;

/**
 * Why information is withheld in whole or in part (政府信息公开条例 arts. 14–16), in the groups the annual report
 * counts: state secrets, what other laws forbid, the three securities and stability, third parties' trade secrets
 * and privacy, internal affairs, process information, administrative enforcement files and administrative queries.
 */
enum Exemption {
    STATE_SECRET,
    PROHIBITED_BY_LAW,
    SECURITY_STABILITY,
    TRADE_SECRET,
    PRIVACY,
    INTERNAL_AFFAIRS,
    PROCESS_INFORMATION,
    ENFORCEMENT_FILE,
    ADMINISTRATIVE_QUERY
}
