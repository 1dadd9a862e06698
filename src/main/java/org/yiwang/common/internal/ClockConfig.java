package org.yiwang.common.internal;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the platform, on Beijing time, so that dates and deadlines agree everywhere. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
