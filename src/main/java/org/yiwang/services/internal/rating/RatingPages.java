package org.yiwang.services.internal.rating;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountPrincipal;

/** The applicant's rating page, the department's follow-up page and the leaders' statistics. */
@Controller
class RatingPages {

    private final Ratings ratings;
    private final FollowUps followUps;
    private final RatingStatistics statistics;
    private final MessageSource messages;

    RatingPages(Ratings ratings, FollowUps followUps, RatingStatistics statistics, MessageSource messages) {
        this.ratings = ratings;
        this.followUps = followUps;
        this.statistics = statistics;
        this.messages = messages;
    }

    @GetMapping("/me/ratings")
    @PreAuthorize("hasAuthority('rating:rate')")
    String myRatings(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        model.addAttribute("applications", ratings.mine(principal.accountId()));
        model.addAttribute("levels", RatingLevel.values());
        return "services/my-ratings";
    }

    @PostMapping("/me/ratings/{number}")
    @PreAuthorize("hasAuthority('rating:rate')")
    String rate(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String number,
            @RequestParam(required = false) String level, @RequestParam(required = false) String comment,
            Model model, Locale locale, RedirectAttributes redirect) {
        try {
            ratings.rate(principal.accountId(), number, level, comment);
        } catch (RuleViolationException refused) {
            if (refused.status().value() == 422) {
                model.addAttribute("applications", ratings.mine(principal.accountId()));
                model.addAttribute("levels", RatingLevel.values());
                model.addAttribute("failed", number);
                model.addAttribute("errors", FormErrors.of(refused, messages, locale));
                model.addAttribute("level", level);
                model.addAttribute("comment", comment);
                return "services/my-ratings";
            }
            throw refused;
        }
        redirect.addFlashAttribute("rated", number);
        return "redirect:/me/ratings";
    }

    @GetMapping("/workbench/ratings/follow-ups/{id}")
    @PreAuthorize("hasAuthority('rating:follow-up')")
    String followUp(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long id, Model model) {
        var rating = followUps.get(principal, id);
        model.addAttribute("rating", rating);
        model.addAttribute("warning", "OPEN".equals(rating.followUpStatus()) ? followUps.warning(rating.dueDate()) : null);
        return "services/follow-up";
    }

    @PostMapping("/workbench/ratings/follow-ups/{id}")
    @PreAuthorize("hasAuthority('rating:follow-up')")
    String reply(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long id,
            @RequestParam(required = false) String reply, Model model, Locale locale) {
        try {
            followUps.reply(principal, id, reply);
        } catch (RuleViolationException refused) {
            if (refused.status().value() != 422) {
                throw refused;
            }
            var rating = followUps.get(principal, id);
            model.addAttribute("rating", rating);
            model.addAttribute("warning", followUps.warning(rating.dueDate()));
            model.addAttribute("errors", FormErrors.of(refused, messages, locale));
            model.addAttribute("reply", reply);
            return "services/follow-up";
        }
        return "redirect:/workbench/ratings/follow-ups/" + id;
    }

    @GetMapping("/workbench/ratings/statistics")
    @PreAuthorize("hasAuthority('rating:statistics')")
    String statistics(@AuthenticationPrincipal AccountPrincipal principal,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        model.addAttribute("report", statistics.report(principal, from, to));
        return "services/rating-statistics";
    }
}
