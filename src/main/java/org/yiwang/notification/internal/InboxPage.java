package org.yiwang.notification.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiwang.identity.AccountPrincipal;

/** 我的消息: every signed-in user's inbox. Opening a message marks it read and follows its link. */
@Controller
@PreAuthorize("isAuthenticated()")
class InboxPage {

    private final Inbox inbox;

    InboxPage(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/me/messages")
    String messages(@AuthenticationPrincipal AccountPrincipal principal,
            @RequestParam(defaultValue = "false") boolean unread, Model model) {
        model.addAttribute("inbox", inbox.of(principal.accountId(), unread));
        model.addAttribute("unreadOnly", unread);
        return "notification/messages";
    }

    @PostMapping("/me/messages/{id}/read")
    String open(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long id) {
        InboxMessage message = inbox.read(principal.accountId(), id);
        return "redirect:" + (message.link() == null ? "/me/messages" : message.link());
    }

    @PostMapping("/me/messages/read-all")
    String readAll(@AuthenticationPrincipal AccountPrincipal principal) {
        inbox.readAll(principal.accountId());
        return "redirect:/me/messages";
    }
}
