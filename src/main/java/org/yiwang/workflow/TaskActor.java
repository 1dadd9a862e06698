package org.yiwang.workflow;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A staff member acting on tasks: his account, his department and the task roles he holds there (the part
 * after {@code services:} of his permissions, e.g. {@code accept}, {@code examine}, {@code decide}).
 */
public record TaskActor(long accountId, long departmentId, Set<String> roles) {

    public TaskActor {
        roles = Set.copyOf(roles);
    }

    /** The candidate groups he belongs to: one per role, in his department. */
    public Set<String> groups() {
        return roles.stream().map(role -> CandidateGroup.of(departmentId, role)).collect(Collectors.toSet());
    }

    public String userId() {
        return String.valueOf(accountId);
    }
}
