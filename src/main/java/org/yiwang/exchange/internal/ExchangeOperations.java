package org.yiwang.exchange.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/** What an operator does with the dead-letter list: puts a message back for a fresh round of attempts. */
@Service
class ExchangeOperations {

    private final SubscriptionDeliveries deliveries;
    private final AuditTrail audit;
    private final Clock clock;

    ExchangeOperations(SubscriptionDeliveries deliveries, AuditTrail audit, Clock clock) {
        this.deliveries = deliveries;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void replay(long deliveryId) {
        var delivery = deliveries.byId(deliveryId).orElseThrow(() -> new RuleViolationException(HttpStatus.NOT_FOUND,
                List.of(RuleViolation.of("id", "exchange.dead-letter.unknown", deliveryId))));
        if (!deliveries.replay(deliveryId, clock.instant())) {
            throw RuleViolationException.conflict("id", "exchange.dead-letter.unknown", deliveryId);
        }
        audit.record("exchange.subscription.replay", "grant:" + delivery.grantId(), AuditOutcome.SUCCESS,
                "message:" + delivery.messageId());
    }
}
