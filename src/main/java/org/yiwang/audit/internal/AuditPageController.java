package org.yiwang.audit.internal;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.ChainVerification;

/** The audit administrator's page: search the trail, and check the chain. */
@Controller
@PreAuthorize("hasAuthority('audit:read')")
class AuditPageController {

    static final int PAGE = 50;

    private final AuditRecords records;
    private final ChainVerifier verifier;

    AuditPageController(AuditRecords records, ChainVerifier verifier) {
        this.records = records;
        this.verifier = verifier;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) AuditOutcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var filter = new AuditRecords.Filter(actor, action, outcome, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("outcomes", AuditOutcome.values());
        model.addAttribute("records", records.find(filter, Math.max(page, 0), PAGE));
        model.addAttribute("page", Math.max(page, 0));
        return "audit/records";
    }

    @PostMapping("/admin/audit/verify")
    String verify(Model model) {
        ChainVerification result = verifier.verifyAndRecord();
        model.addAttribute("verification", result);
        model.addAttribute("filter", new AuditRecords.Filter(null, null, null, null, null));
        model.addAttribute("outcomes", AuditOutcome.values());
        model.addAttribute("records", records.find(new AuditRecords.Filter(null, null, null, null, null), 0, PAGE));
        model.addAttribute("page", 0);
        return "audit/records";
    }
}
