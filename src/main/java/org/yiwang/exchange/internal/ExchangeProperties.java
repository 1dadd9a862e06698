package org.yiwang.exchange.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code yiwang.exchange.*}.
 *
 * @param answerWithinWorkingDays how long a provider has to decide on a request for a 有条件共享 resource
 * @param maxValidityDays the longest period a grant may cover
 * @param defaultRatePerMinute gateway requests per minute under a grant unless the approver sets another rate
 * @param gatewayKeyId the platform key that signs gateway responses and subscription messages
 * @param clockSkew how far a signed request's timestamp may lie from the platform's clock
 */
@ConfigurationProperties("yiwang.exchange")
record ExchangeProperties(Integer answerWithinWorkingDays, Integer maxValidityDays, Integer defaultRatePerMinute,
        String gatewayKeyId, Duration clockSkew, Subscription subscription) {

    /**
     * @param poll how often due messages are looked for
     * @param firstRetry the wait after the first failed attempt; each further wait doubles it
     * @param maxAttempts attempts before a message goes to the dead-letter list
     * @param timeout how long one callback may take
     */
    record Subscription(Duration poll, Duration firstRetry, Integer maxAttempts, Duration timeout) {

        Subscription {
            poll = poll == null ? Duration.ofSeconds(2) : poll;
            firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
            maxAttempts = maxAttempts == null ? 6 : maxAttempts;
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }
    }

    ExchangeProperties {
        answerWithinWorkingDays = answerWithinWorkingDays == null ? 10 : answerWithinWorkingDays;
        maxValidityDays = maxValidityDays == null ? 366 : maxValidityDays;
        defaultRatePerMinute = defaultRatePerMinute == null ? 600 : defaultRatePerMinute;
        gatewayKeyId = gatewayKeyId == null ? "exchange-gateway" : gatewayKeyId;
        clockSkew = clockSkew == null ? Duration.ofMinutes(5) : clockSkew;
        subscription = subscription == null ? new Subscription(null, null, null, null) : subscription;
    }
}
