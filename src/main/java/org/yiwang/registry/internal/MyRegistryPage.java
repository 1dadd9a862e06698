package org.yiwang.registry.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.IdentityDirectory;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.registry.DataUse;
import org.yiwang.registry.DataUseLog;

/** "My record in the population register": the citizen's own record in the clear, and who read it, why. */
@Controller
@PreAuthorize("hasAuthority('self:manage')")
class MyRegistryPage {

    /** One read of the citizen's record as he is shown it. */
    record UseRow(Instant usedAt, String department, String purpose, List<FieldShown> fields) {
    }

    /** A field the reader was given, and whether he saw it masked. */
    record FieldShown(String name, boolean masked) {

        static FieldShown of(String recorded) {
            int colon = recorded.indexOf(':');
            return colon < 0 ? new FieldShown(recorded, false) : new FieldShown(recorded.substring(0, colon), true);
        }
    }

    private final IdentityDirectory identity;
    private final RegisterReading reading;
    private final DataUseLog dataUse;
    private final OrganizationDirectory organization;

    MyRegistryPage(IdentityDirectory identity, RegisterReading reading, DataUseLog dataUse,
            OrganizationDirectory organization) {
        this.identity = identity;
        this.reading = reading;
        this.dataUse = dataUse;
        this.organization = organization;
    }

    @GetMapping("/me/registry")
    String myRecord(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        identity.idNumberIndexOf(principal.accountId()).ifPresent(index -> {
            reading.own(index).ifPresent(person -> model.addAttribute("person", person));
            model.addAttribute("uses", dataUse.ofPersonIndex(index).stream().map(this::row).toList());
        });
        return "registry/me";
    }

    private UseRow row(DataUse use) {
        String department = use.departmentId() == null ? null
                : organization.department(use.departmentId()).map(Department::name).orElse(null);
        return new UseRow(use.usedAt(), department, use.purpose(), use.fields().stream().map(FieldShown::of).toList());
    }
}
