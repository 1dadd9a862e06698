package org.yiwang.exchange.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.crypto.CryptoService;

/**
 * Posts queued subscription messages to the subscribers' callbacks, signed like gateway answers. A 2xx answer
 * delivers a message; anything else (an error status, a refused connection, a timeout) schedules another
 * attempt with exponential backoff, until the last attempt puts it on the dead-letter list, from which an
 * operator can replay it.
 */
@Component
class SubscriptionDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionDispatcher.class);
    private static final int BATCH = 20;

    private final SubscriptionDeliveries deliveries;
    private final GrantRepository grants;
    private final GatewaySigner signer;
    private final CryptoService crypto;
    private final AuditTrail audit;
    private final ExchangeProperties.Subscription settings;
    private final Backoff backoff;
    private final Clock clock;
    private final HttpClient http;
    private ScheduledExecutorService executor;

    SubscriptionDispatcher(SubscriptionDeliveries deliveries, GrantRepository grants, GatewaySigner signer,
            CryptoService crypto, AuditTrail audit, ExchangeProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.grants = grants;
        this.signer = signer;
        this.crypto = crypto;
        this.audit = audit;
        this.settings = properties.subscription();
        this.backoff = new Backoff(settings.firstRetry(), settings.maxAttempts());
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends what is due now; returns how many messages were attempted. */
    int dispatchDue() {
        Instant now = clock.instant();
        List<SubscriptionDeliveries.Delivery> due = deliveries.claimDue(now,
                now.plus(settings.timeout().multipliedBy(BATCH + 1L)), BATCH);
        due.forEach(this::attempt);
        return due.size();
    }

    private void attempt(SubscriptionDeliveries.Delivery delivery) {
        int attempts = delivery.attempts() + 1;
        String error;
        try {
            Grant grant = grants.byId(delivery.grantId()).orElseThrow();
            byte[] body = crypto.decrypt(delivery.bodyEnc()).getBytes(StandardCharsets.UTF_8);
            var headers = signer.sign(body, delivery.messageId(), delivery.signedAt());
            var request = HttpRequest.newBuilder(URI.create(grant.callbackUrl())).timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                deliveries.delivered(delivery.id(), attempts, clock.instant());
                return;
            }
            error = "HTTP " + response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        failed(delivery, attempts, error.length() > 500 ? error.substring(0, 500) : error);
    }

    private void failed(SubscriptionDeliveries.Delivery delivery, int attempts, String error) {
        Instant now = clock.instant();
        if (backoff.exhausted(attempts)) {
            deliveries.failed(delivery.id(), attempts, SubscriptionDeliveries.Status.DEAD, now, error);
            audit.recordAs("exchange", "exchange.subscription.dead-letter", "grant:" + delivery.grantId(),
                    AuditOutcome.FAILURE, "message:" + delivery.messageId() + " after " + attempts + " attempts: " + error);
        } else {
            deliveries.failed(delivery.id(), attempts, SubscriptionDeliveries.Status.PENDING,
                    now.plus(backoff.after(attempts)), error);
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "exchange-subscriptions");
            thread.setDaemon(true);
            return thread;
        });
        long period = settings.poll().toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                dispatchDue();
            } catch (RuntimeException e) {
                log.warn("Subscription dispatch failed; trying again at the next poll", e);
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
