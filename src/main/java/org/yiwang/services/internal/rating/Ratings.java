package org.yiwang.services.internal.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.organization.WorkingDays;

/**
 * 好差评 by the applicant: one rating per finished application, on the five levels, with a comment. A bad
 * rating needs a comment saying what went wrong; a real-name bad rating opens a follow-up (整改回访) for the
 * department, due a number of working days later.
 */
@Service
class Ratings {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int MAX_COMMENT = 500;

    /** A finished application as its applicant sees it on the rating page: rated or not yet. */
    record MyApplication(RatingRepository.Rateable application, RatingRepository.RatingRow rating) {
    }

    /** What the rating answer tells the applicant. */
    record Rated(String applicationNumber, RatingLevel level, String levelName, String comment,
            java.time.Instant ratedAt, boolean followUpOpened, LocalDate followUpDue, String followUpStatus,
            String reply) {

        static Rated of(RatingRepository.RatingRow r) {
            return new Rated(r.applicationNumber(), r.level(), r.level().chinese(), r.comment(), r.ratedAt(),
                    r.followUpId() != null, r.dueDate(), r.followUpStatus(), r.reply());
        }
    }

    private final RatingRepository ratings;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final Clock clock;
    private final int followUpWorkingDays;

    Ratings(RatingRepository ratings, WorkingDays workingDays, AuditTrail audit, Clock clock,
            @Value("${yiwang.ratings.follow-up-working-days:15}") int followUpWorkingDays) {
        this.ratings = ratings;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
        this.followUpWorkingDays = followUpWorkingDays;
    }

    @Transactional
    Rated rate(long accountId, String applicationNumber, String levelValue, String commentValue) {
        RatingRepository.Rateable application = ratings.rateable(applicationNumber)
                .filter(a -> a.applicantAccountId() == accountId)
                .orElseThrow(() -> notFound(applicationNumber));
        RatingLevel level = RatingLevel.parse(levelValue)
                .orElseThrow(() -> RuleViolationException.of("level", "rating.level.unknown", String.valueOf(levelValue)));
        String comment = commentValue == null || commentValue.isBlank() ? null : commentValue.strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw RuleViolationException.of("comment", "rating.comment.length", MAX_COMMENT);
        }
        if (level.bad() && comment == null) {
            throw RuleViolationException.of("comment", "rating.comment.required-for-bad");
        }
        var now = clock.instant();
        long ratingId = ratings.insertRating(application, level, comment, now).orElseThrow(
                () -> RuleViolationException.conflict("applicationNumber", "rating.already-rated", applicationNumber));
        audit.record("services.rating.rate", "application:" + applicationNumber, AuditOutcome.SUCCESS, level.name());
        if (level.bad() && application.realName()) {
            LocalDate due = workingDays.current().addWorkingDays(now.atZone(ZONE).toLocalDate(), followUpWorkingDays);
            long followUp = ratings.openFollowUp(ratingId, application.departmentId(), now, due);
            audit.record("services.rating.follow-up.open", "rating-follow-up:" + followUp, AuditOutcome.SUCCESS,
                    "department " + application.departmentId() + ", due " + due);
        }
        return Rated.of(ratings.ratingOf(applicationNumber).orElseThrow());
    }

    @Transactional(readOnly = true)
    Rated ratingOf(long accountId, String applicationNumber) {
        ratings.rateable(applicationNumber).filter(a -> a.applicantAccountId() == accountId)
                .orElseThrow(() -> notFound(applicationNumber));
        return ratings.ratingOf(applicationNumber).map(Rated::of).orElseThrow(() -> new RuleViolationException(
                HttpStatus.NOT_FOUND, List.of(RuleViolation.of("applicationNumber", "rating.not-rated"))));
    }

    @Transactional(readOnly = true)
    List<MyApplication> mine(long accountId) {
        return ratings.rateablesOf(accountId).stream()
                .map(a -> new MyApplication(a, ratings.ratingOf(a.applicationNumber()).orElse(null))).toList();
    }

    /** Someone else's application, one not yet finished and one that does not exist all look the same. */
    private static RuleViolationException notFound(String applicationNumber) {
        return new RuleViolationException(HttpStatus.NOT_FOUND,
                List.of(RuleViolation.of("applicationNumber", "rating.application.not-found", applicationNumber)));
    }
}
