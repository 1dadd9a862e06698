package org.yiwang.services.internal.rating;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.IdentityDirectory;

/**
 * The applicants of the finished demo cases rate them: 张三 is dissatisfied with his enterprise establishment, a
 * real-name bad rating that opens a follow-up in the market regulation bureau's 待办; the demo enterprise is very
 * satisfied with its food licence; 李四 is satisfied. A case already rated is left as it is.
 */
@Component
@Profile("demo")
@Order(80)
class DemoRatings implements ApplicationRunner {

    /** A rating of a demo case, by its key in the demo cases of the services module. */
    record DemoRating(String caseKey, String applicantLogin, RatingLevel level, String comment) {
    }

    static final List<DemoRating> RATINGS = List.of(
            new DemoRating("licence-establishment", "330106198503121012", RatingLevel.DISSATISFIED,
                    "审查用了两天却没人告诉进度，只能打电话问。"),
            new DemoRating("licence-food", "91330106MA2H0Q1DXM", RatingLevel.VERY_SATISFIED,
                    "全程网办，现场核查当天就来了，很快拿到了许可证。"),
            new DemoRating("licence-establishment-li-si", "330212199007082023", RatingLevel.SATISFIED,
                    "一次提交，四个部门同时办好。"));

    /** How long to wait for a finished case to become rateable: that happens just after its completion commits. */
    static final Duration RATEABLE_WAIT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(DemoRatings.class);

    private final RatingRepository repository;
    private final Ratings ratings;
    private final IdentityDirectory identity;

    DemoRatings(RatingRepository repository, Ratings ratings, IdentityDirectory identity) {
        this.repository = repository;
        this.ratings = ratings;
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoRating rating : RATINGS) {
            Optional<String> number = repository.demoCase(rating.caseKey());
            if (number.isEmpty() || repository.ratingOf(number.get()).isPresent()) {
                continue;
            }
            Optional<AccountPrincipal> applicant = identity.principalOf(rating.applicantLogin());
            if (applicant.isEmpty() || !rateable(number.get())) {
                log.warn("Demo rating of {} skipped: the case is not rateable", number.get());
                continue;
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(applicant.get(), null,
                    Set.of(new SimpleGrantedAuthority("services:apply"))));
            SecurityContextHolder.setContext(context);
            try {
                ratings.rate(applicant.get().accountId(), number.get(), rating.level().name(), rating.comment());
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    private boolean rateable(String number) {
        long until = System.nanoTime() + RATEABLE_WAIT.toNanos();
        while (repository.rateable(number).isEmpty()) {
            if (System.nanoTime() > until) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
