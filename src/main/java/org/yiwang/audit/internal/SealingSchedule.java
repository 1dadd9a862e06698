package org.yiwang.audit.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the periodic sealing of the hash-chained logs (the audit trail here, the registry's data-use log):
 * every {@code yiwang.chain.seal-interval-ms} (200 ms unless configured) each sealer links what has committed
 * since its last run. See docs/sealed-logs.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SealingSchedule {
}
