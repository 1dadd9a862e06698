package org.yiwang.audit;

/** Walks the whole audit chain and reports the first broken link, for the audit administrator and for archiving. */
public interface AuditChain {

    ChainVerification verify();
}
