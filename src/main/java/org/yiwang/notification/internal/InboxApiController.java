package org.yiwang.notification.internal;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.identity.AccountPrincipal;

/** The inbox for the mobile app: the newest messages with the unread count, and marking them read. */
@RestController
@RequestMapping("/api/v1/me/messages")
@PreAuthorize("isAuthenticated()")
class InboxApiController {

    private final Inbox inbox;

    InboxApiController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    Inbox.View messages(@AuthenticationPrincipal AccountPrincipal principal,
            @RequestParam(defaultValue = "false") boolean unread) {
        return inbox.of(principal.accountId(), unread);
    }

    @PostMapping("/{id}/read")
    InboxMessage read(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long id) {
        return inbox.read(principal.accountId(), id);
    }

    @PostMapping("/read-all")
    Map<String, Integer> readAll(@AuthenticationPrincipal AccountPrincipal principal) {
        return Map.of("marked", inbox.readAll(principal.accountId()));
    }
}
