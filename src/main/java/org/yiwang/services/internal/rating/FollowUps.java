package org.yiwang.services.internal.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.common.WorkingDayCalendar;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.notification.Notice;
import org.yiwang.notification.Notifications;
import org.yiwang.organization.WorkingDays;

/**
 * 整改回访: the department answerable for a bad rating looks into it and replies; the reply closes the follow-up
 * and goes to the applicant. Only staff of that department see or answer it.
 */
@Service
class FollowUps {

    static final int MAX_REPLY = 2000;
    /** A follow-up turns yellow when this many working days or fewer are left. */
    static final int YELLOW_WORKING_DAYS = 2;

    private final RatingRepository ratings;
    private final Notifications notifications;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final Clock clock;

    FollowUps(RatingRepository ratings, Notifications notifications, WorkingDays workingDays, AuditTrail audit,
            Clock clock) {
        this.ratings = ratings;
        this.notifications = notifications;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<RatingRepository.RatingRow> open(AccountPrincipal staff) {
        return staff.departmentId() == null ? List.of() : ratings.followUps(staff.departmentId(), true, 200);
    }

    @Transactional(readOnly = true)
    RatingRepository.RatingRow get(AccountPrincipal staff, long followUpId) {
        return ratings.byFollowUp(followUpId)
                .filter(r -> staff.departmentId() != null && r.departmentId() == staff.departmentId())
                .orElseThrow(() -> new RuleViolationException(HttpStatus.NOT_FOUND,
                        List.of(RuleViolation.of("id", "rating.follow-up.not-found"))));
    }

    @Transactional
    RatingRepository.RatingRow reply(AccountPrincipal staff, long followUpId, String replyValue) {
        RatingRepository.RatingRow rating = get(staff, followUpId);
        String reply = replyValue == null ? "" : replyValue.strip();
        if (reply.isEmpty()) {
            throw RuleViolationException.of("reply", "rating.reply.required");
        }
        if (reply.length() > MAX_REPLY) {
            throw RuleViolationException.of("reply", "rating.reply.length", MAX_REPLY);
        }
        if (!ratings.closeFollowUp(followUpId, reply, staff.accountId(), staff.displayName(), clock.instant())) {
            throw RuleViolationException.conflict("id", "rating.follow-up.closed");
        }
        audit.record("services.rating.follow-up.close", "rating-follow-up:" + followUpId, AuditOutcome.SUCCESS,
                "application " + rating.applicationNumber());
        notifications.send(Notice.inApp(rating.applicantAccountId(), "您的评价已有回复",
                rating.departmentName() + "就您对“" + rating.itemName() + "”（办件编号 " + rating.applicationNumber()
                        + "）的评价作出回复：" + reply,
                "/me/ratings", "rating-follow-up-closed:" + followUpId));
        return ratings.byFollowUp(followUpId).orElseThrow();
    }

    /** {@code red} past the due date, {@code yellow} when at most two working days are left, otherwise null. */
    String warning(LocalDate due) {
        LocalDate today = LocalDate.now(clock.withZone(Ratings.ZONE));
        if (today.isAfter(due)) {
            return "red";
        }
        WorkingDayCalendar calendar = workingDays.current();
        return calendar.countWorkingDays(today, due) <= YELLOW_WORKING_DAYS ? "yellow" : null;
    }
}
