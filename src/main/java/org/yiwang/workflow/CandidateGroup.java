package org.yiwang.workflow;

import java.util.Optional;

/**
 * How a process model names who may take a step: a department id and a role, written {@code 12/examine}. A
 * model writes it with its lane variable, {@code flowable:candidateGroups="${dept_scjg}/examine"}.
 */
public final class CandidateGroup {

    private CandidateGroup() {
    }

    public static String of(long departmentId, String role) {
        return departmentId + "/" + role;
    }

    public static Optional<Long> departmentOf(String group) {
        int slash = group.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(group.substring(0, slash)));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    public static String roleOf(String group) {
        return group.substring(group.indexOf('/') + 1);
    }
}
