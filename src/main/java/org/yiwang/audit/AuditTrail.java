package org.yiwang.audit;

/**
 * The append-only, SM3 hash-chained audit trail. Every module records the state changes that matter to
 * a citizen or an auditor here. A record written inside a transaction commits or rolls back with it, so
 * the trail never shows a change that did not happen; outside a transaction it commits at once.
 */
public interface AuditTrail {

    /**
     * Records an action of the current user: the actor comes from the security context ({@code anonymous}
     * when nobody is signed in) and the client address from the current request.
     *
     * @param action what was done, as {@code module.subject.verb}, e.g. {@code organization.department.create}
     * @param target what it was done to, e.g. {@code department:42}
     * @param outcome whether it succeeded, failed or was refused
     * @param detail a short human-readable note (no secrets, no full ID numbers); may be null
     */
    void record(String action, String target, AuditOutcome outcome, String detail);

    /** Records an action on behalf of a named actor, e.g. a failed login where nobody is signed in yet. */
    void recordAs(String actor, String action, String target, AuditOutcome outcome, String detail);
}
