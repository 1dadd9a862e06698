package org.yiwang.services.internal.rating;

import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.common.WorkItem;
import org.yiwang.common.WorkItemSource;
import org.yiwang.common.WorkList;

/**
 * Puts the department's open follow-ups of bad ratings in the 待办 of its staff (with a yellow or red warning as
 * the deadline nears or passes), and the ones a staff member answered in his 已办.
 */
@Component
class FollowUpWork implements WorkItemSource {

    static final String SOURCE = "rating-follow-up";
    static final String PERMISSION = "rating:follow-up";

    private final RatingRepository ratings;
    private final FollowUps followUps;

    FollowUpWork(RatingRepository ratings, FollowUps followUps) {
        this.ratings = ratings;
        this.followUps = followUps;
    }

    @Override
    public List<WorkItem> items(Viewer viewer, WorkList list, int limit) {
        if (!viewer.permissions().contains(PERMISSION)) {
            return List.of();
        }
        return switch (list) {
            case PENDING -> viewer.departmentId() == null ? List.of()
                    : ratings.followUps(viewer.departmentId(), true, limit).stream().map(r -> item(r, true)).toList();
            case HANDLED -> ratings.followUpsClosedBy(viewer.accountId(), limit).stream()
                    .map(r -> item(r, false)).toList();
            default -> List.of();
        };
    }

    @Override
    public int count(Viewer viewer, WorkList list) {
        if (!viewer.permissions().contains(PERMISSION)) {
            return 0;
        }
        return switch (list) {
            case PENDING -> viewer.departmentId() == null ? 0 : ratings.countFollowUps(viewer.departmentId(), true);
            case HANDLED -> ratings.countClosedBy(viewer.accountId());
            default -> 0;
        };
    }

    private WorkItem item(RatingRepository.RatingRow r, boolean open) {
        return new WorkItem(SOURCE, String.valueOf(r.followUpId()),
                "差评整改回访：" + r.itemName() + "（" + r.level().chinese() + "）", r.departmentName(), r.ratedAt(),
                r.dueDate(), open ? followUps.warning(r.dueDate()) : null,
                "/workbench/ratings/follow-ups/" + r.followUpId());
    }
}
