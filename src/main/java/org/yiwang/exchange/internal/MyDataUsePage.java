package org.yiwang.exchange.internal;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.yiwang.common.CreditCode;
import org.yiwang.identity.AccountKind;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.IdentityDirectory;
import org.yiwang.registry.DataUse;
import org.yiwang.registry.DataUseLog;

/**
 * 数据使用记录, "who used my data": for a citizen every use of his population-register record, for an
 * enterprise every use of its legal-entity record, whether read through the register's query API or delivered
 * by the exchange, with department, resource, purpose, grant and time. Straight from the hash-chained log.
 */
@Controller
@PreAuthorize("hasAuthority('self:manage')")
class MyDataUsePage {

    private final IdentityDirectory identity;
    private final DataUseLog dataUse;
    private final DataUseRows rows;

    MyDataUsePage(IdentityDirectory identity, DataUseLog dataUse, DataUseRows rows) {
        this.identity = identity;
        this.dataUse = dataUse;
        this.rows = rows;
    }

    @GetMapping("/me/data-use")
    String page(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        model.addAttribute("uses", mine(principal));
        model.addAttribute("enterprise", principal.kind() == AccountKind.ENTERPRISE);
        return "exchange/my-data-use";
    }

    List<DataUseRows.Row> mine(AccountPrincipal principal) {
        List<DataUse> uses = switch (principal.kind()) {
            case ENTERPRISE -> dataUse.ofEntity(CreditCode.parse(principal.loginName()));
            case CITIZEN, STAFF, LEADER -> identity.idNumberIndexOf(principal.accountId())
                    .map(dataUse::ofPersonIndex).orElse(List.of());
        };
        return rows.of(uses);
    }
}
