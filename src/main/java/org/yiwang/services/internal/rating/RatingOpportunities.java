package org.yiwang.services.internal.rating;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yiwang.services.ApplicationCompleted;

/** Once an application is finished (办结), its applicant may rate it; seeing the event twice changes nothing. */
@Component
class RatingOpportunities {

    private final RatingRepository ratings;

    RatingOpportunities(RatingRepository ratings) {
        this.ratings = ratings;
    }

    @ApplicationModuleListener
    void on(ApplicationCompleted completed) {
        ratings.addRateable(completed);
    }
}
