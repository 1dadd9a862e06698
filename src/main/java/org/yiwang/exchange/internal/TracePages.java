package org.yiwang.exchange.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiwang.catalog.CatalogResource;
import org.yiwang.catalog.ResourceCatalog;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.registry.DataUseLog;

/**
 * The auditor's trace: from a catalog entry to its grants, from a grant (with its request) to the messages that
 * went out under it, and from a message to the data-use records it left in the registry's hash chain.
 */
@Controller
@PreAuthorize("hasAuthority('exchange:trace')")
class TracePages {

    static final int MAX_MESSAGES = 200;

    record GrantTrace(Grant grant, AccessRequest request, CatalogResource resource,
            List<GatewayMessages.Message> messages, List<OperationsPages.QueuedMessage> subscriptionMessages) {
    }

    record MessageTrace(String messageId, GatewayMessages.Message message, OperationsPages.QueuedMessage subscription,
            Long grantId, List<DataUseRows.Row> dataUses) {
    }

    private final GrantRepository grants;
    private final AccessRequestRepository requests;
    private final GatewayMessages messages;
    private final SubscriptionDeliveries deliveries;
    private final ResourceCatalog catalog;
    private final DataUseLog dataUse;
    private final DataUseRows rows;
    private final OrganizationDirectory organization;

    TracePages(GrantRepository grants, AccessRequestRepository requests, GatewayMessages messages,
            SubscriptionDeliveries deliveries, ResourceCatalog catalog, DataUseLog dataUse, DataUseRows rows,
            OrganizationDirectory organization) {
        this.grants = grants;
        this.requests = requests;
        this.messages = messages;
        this.deliveries = deliveries;
        this.catalog = catalog;
        this.dataUse = dataUse;
        this.rows = rows;
        this.organization = organization;
    }

    @GetMapping("/admin/exchange/trace")
    String page(@RequestParam(required = false) String resource, @RequestParam(required = false) Long grant,
            @RequestParam(required = false) String message, Model model) {
        model.addAttribute("departments", new RequestPages.DepartmentNames(organization));
        if (resource != null && !resource.isBlank()) {
            model.addAttribute("resource", catalog.byCode(resource.strip()).orElse(null));
            model.addAttribute("resourceGrants", grants.ofResource(resource.strip()));
        }
        if (grant != null) {
            model.addAttribute("grantTrace", grantTrace(grant).orElse(null));
        }
        if (message != null && !message.isBlank()) {
            model.addAttribute("messageTrace", messageId(message).map(this::messageTrace).orElse(null));
        }
        return "exchange/trace";
    }

    GrantTrace grantApi(long id) {
        return grantTrace(id).orElseThrow(() -> new RuleViolationException(HttpStatus.NOT_FOUND,
                List.of(RuleViolation.of("grant", "exchange.grant.unknown", id))));
    }

    private Optional<GrantTrace> grantTrace(long id) {
        return grants.byId(id).map(g -> new GrantTrace(g, requests.byId(g.requestId()).orElse(null),
                catalog.byCode(g.resourceCode()).orElse(null), messages.ofGrant(id, MAX_MESSAGES),
                deliveries.ofGrant(id, MAX_MESSAGES).stream().map(OperationsPages.QueuedMessage::of).toList()));
    }

    MessageTrace messageTrace(UUID id) {
        var message = messages.byId(id).orElse(null);
        var subscription = deliveries.byMessage(id).map(OperationsPages.QueuedMessage::of).orElse(null);
        Long grantId = message != null ? message.grantId() : subscription != null ? subscription.grantId() : null;
        return new MessageTrace(id.toString(), message, subscription, grantId, rows.of(dataUse.ofMessage(id)));
    }

    private static Optional<UUID> messageId(String text) {
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
