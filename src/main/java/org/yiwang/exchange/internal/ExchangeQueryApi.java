package org.yiwang.exchange.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.identity.AccountPrincipal;

/** The pages' data as JSON: statistics and dead-letter replay, the auditor's trace, and my data use. */
@RestController
class ExchangeQueryApi {

    private final OperationsPages operations;
    private final ExchangeOperations replays;
    private final TracePages trace;
    private final MyDataUsePage mine;

    ExchangeQueryApi(OperationsPages operations, ExchangeOperations replays, TracePages trace, MyDataUsePage mine) {
        this.operations = operations;
        this.replays = replays;
        this.trace = trace;
        this.mine = mine;
    }

    @GetMapping("/api/v1/exchange/stats")
    @PreAuthorize("hasAuthority('exchange:operate')")
    OperationsPages.Stats stats(@RequestParam(defaultValue = "7") int days) {
        return operations.stats(days);
    }

    @PostMapping("/api/v1/exchange/dead-letters/{id}/replay")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('exchange:operate')")
    void replay(@PathVariable long id) {
        replays.replay(id);
    }

    @GetMapping("/api/v1/exchange/trace/grants/{id}")
    @PreAuthorize("hasAuthority('exchange:trace')")
    TracePages.GrantTrace grant(@PathVariable long id) {
        return trace.grantApi(id);
    }

    @GetMapping("/api/v1/exchange/trace/messages/{id}")
    @PreAuthorize("hasAuthority('exchange:trace')")
    TracePages.MessageTrace message(@PathVariable UUID id) {
        return trace.messageTrace(id);
    }

    /** Who used my data, for the mobile app. */
    @GetMapping("/api/v1/exchange/me/data-use")
    @PreAuthorize("hasAuthority('self:manage')")
    List<DataUseRows.Row> myDataUse(@AuthenticationPrincipal AccountPrincipal principal) {
        return mine.mine(principal);
    }
}
