package org.yiwang.audit;

public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
