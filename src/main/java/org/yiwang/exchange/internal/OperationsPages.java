package org.yiwang.exchange.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.organization.OrganizationDirectory;

/** Gateway statistics (deliveries and refusals per grant), the latest refusals, and the dead-letter list. */
@Controller
@PreAuthorize("hasAuthority('exchange:operate')")
class OperationsPages {

    static final int MAX_DAYS = 366;

    /** What the statistics page and API show. */
    record Stats(Instant since, List<GatewayMessages.GrantStats> perGrant, List<GatewayMessages.Message> refusals,
            List<QueuedMessage> deadLetters) {
    }

    /** A subscription message without its (encrypted) body. */
    record QueuedMessage(long id, long grantId, String messageId, String status, int attempts, String lastError,
            Instant createdAt, Instant deliveredAt) {

        static QueuedMessage of(SubscriptionDeliveries.Delivery d) {
            return new QueuedMessage(d.id(), d.grantId(), d.messageId().toString(), d.status().name(), d.attempts(),
                    d.lastError(), d.createdAt(), d.deliveredAt());
        }
    }

    private final GatewayMessages messages;
    private final SubscriptionDeliveries deliveries;
    private final ExchangeOperations operations;
    private final OrganizationDirectory organization;
    private final Clock clock;

    OperationsPages(GatewayMessages messages, SubscriptionDeliveries deliveries, ExchangeOperations operations,
            OrganizationDirectory organization, Clock clock) {
        this.messages = messages;
        this.deliveries = deliveries;
        this.operations = operations;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/exchange/stats")
    String page(@RequestParam(defaultValue = "7") int days, Model model) {
        model.addAttribute("stats", stats(days));
        model.addAttribute("days", Math.max(1, Math.min(days, MAX_DAYS)));
        model.addAttribute("departments", new RequestPages.DepartmentNames(organization));
        return "exchange/stats";
    }

    @PostMapping("/exchange/dead-letters/{id}/replay")
    String replayPage(@PathVariable long id, RedirectAttributes redirect) {
        operations.replay(id);
        redirect.addFlashAttribute("replayed", id);
        return "redirect:/exchange/stats";
    }

    Stats stats(int days) {
        Instant since = clock.instant().minus(Duration.ofDays(Math.max(1, Math.min(days, MAX_DAYS))));
        return new Stats(since, messages.perGrant(since), messages.latestRefusals(50),
                deliveries.dead(100).stream().map(QueuedMessage::of).toList());
    }
}
