package org.yiwang.audit;

/**
 * Seals every committed record still waiting, then walks the whole audit chain and reports the first broken
 * link, for the audit administrator and for archiving.
 */
public interface AuditChain {

    ChainVerification verify();
}
