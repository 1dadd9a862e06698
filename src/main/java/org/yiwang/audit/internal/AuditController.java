package org.yiwang.audit.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditRecord;
import org.yiwang.audit.ChainVerification;

/** The audit administrator's API: read the trail and check that nobody changed it. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAuthority('audit:read')")
class AuditController {

    private final ChainVerifier verifier;
    private final AuditRecords records;

    AuditController(ChainVerifier verifier, AuditRecords records) {
        this.verifier = verifier;
        this.records = records;
    }

    @GetMapping("/verify")
    ChainVerification verify() {
        ChainVerification result = verifier.verifyAndRecord();
        return result;
    }

    @GetMapping("/records")
    List<AuditRecord> records(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) AuditOutcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return records.find(new AuditRecords.Filter(actor, action, outcome, from, to),
                Math.max(page, 0), Math.min(Math.max(size, 1), 500));
    }
}
