package org.yiwang.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Sign-in policy: how many failures lock an account, and for how long. */
@ConfigurationProperties("yiwang.identity")
record IdentityProperties(Integer maxFailedLogins, Duration lockDuration) {

    IdentityProperties {
        maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
        lockDuration = lockDuration == null ? Duration.ofMinutes(30) : lockDuration;
    }
}
