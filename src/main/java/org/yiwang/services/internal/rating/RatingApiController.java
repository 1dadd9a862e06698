package org.yiwang.services.internal.rating;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.identity.AccountPrincipal;

/** 好差评 over the API: the applicant rates, the department follows bad ratings up, leaders read the statistics. */
@RestController
@RequestMapping("/api/v1/services")
class RatingApiController {

    record RatingRequest(String level, String comment) {
    }

    record ReplyRequest(String reply) {
    }

    /** A follow-up as the department's staff see it. */
    record FollowUpView(long id, String applicationNumber, String itemName, String level, String comment,
            java.time.Instant ratedAt, LocalDate dueDate, String warning, String status, String reply,
            String repliedBy) {

        static FollowUpView of(RatingRepository.RatingRow r, FollowUps followUps) {
            return new FollowUpView(r.followUpId(), r.applicationNumber(), r.itemName(), r.level().chinese(),
                    r.comment(), r.ratedAt(), r.dueDate(), "OPEN".equals(r.followUpStatus())
                            ? followUps.warning(r.dueDate()) : null,
                    r.followUpStatus(), r.reply(), r.repliedByName());
        }
    }

    private final Ratings ratings;
    private final FollowUps followUps;
    private final RatingStatistics statistics;

    RatingApiController(Ratings ratings, FollowUps followUps, RatingStatistics statistics) {
        this.ratings = ratings;
        this.followUps = followUps;
        this.statistics = statistics;
    }

    @PostMapping("/applications/{number}/rating")
    @PreAuthorize("hasAuthority('rating:rate')")
    @ResponseStatus(HttpStatus.CREATED)
    Ratings.Rated rate(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String number,
            @RequestBody RatingRequest body) {
        return ratings.rate(principal.accountId(), number, body.level(), body.comment());
    }

    @GetMapping("/applications/{number}/rating")
    @PreAuthorize("hasAuthority('rating:rate')")
    Ratings.Rated rating(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String number) {
        return ratings.ratingOf(principal.accountId(), number);
    }

    @GetMapping("/rating-follow-ups")
    @PreAuthorize("hasAuthority('rating:follow-up')")
    List<FollowUpView> openFollowUps(@AuthenticationPrincipal AccountPrincipal principal) {
        return followUps.open(principal).stream().map(r -> FollowUpView.of(r, followUps)).toList();
    }

    @GetMapping("/rating-follow-ups/{id}")
    @PreAuthorize("hasAuthority('rating:follow-up')")
    FollowUpView followUp(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long id) {
        return FollowUpView.of(followUps.get(principal, id), followUps);
    }

    @PostMapping("/rating-follow-ups/{id}/reply")
    @PreAuthorize("hasAuthority('rating:follow-up')")
    FollowUpView reply(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long id,
            @RequestBody ReplyRequest body) {
        return FollowUpView.of(followUps.reply(principal, id, body.reply()), followUps);
    }

    @GetMapping("/ratings/statistics")
    @PreAuthorize("hasAuthority('rating:statistics')")
    RatingStatistics.Report statistics(@AuthenticationPrincipal AccountPrincipal principal,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.report(principal, from, to);
    }
}
