package org.yiwang.common;

import java.util.List;
import java.util.Set;

/**
 * Implemented by every module that puts work in front of staff; the workbench gathers all of them.
 * A source answers only for the viewer's own account, department and permissions.
 */
public interface WorkItemSource {

    /** Who is looking: the account, his department, and the permissions he holds. */
    record Viewer(long accountId, Long departmentId, Set<String> permissions) {
    }

    List<WorkItem> items(Viewer viewer, WorkList list, int limit);

    int count(Viewer viewer, WorkList list);
}
