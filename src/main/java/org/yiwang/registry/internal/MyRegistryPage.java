package org.yiwang.registry.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.IdentityDirectory;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.registry.DataUse;
import org.yiwang.registry.DataUseLog;

/**
 * "My record in the population register": the citizen's own record in the clear, and who read it and why.
 * Found by the blind index of the account's own ID number, so the number is never looked up in the clear.
 */
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

    /** The citizen's own record, if the register holds one, and every read of it, newest first. */
    record MyRecord(PersonView person, List<UseRow> uses) {
    }

    @GetMapping("/me/registry")
    String myRecord(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        MyRecord mine = mine(principal);
        model.addAttribute("person", mine.person());
        model.addAttribute("uses", mine.uses());
        return "registry/me";
    }

    /** The same for the mobile app. */
    @GetMapping("/api/v1/registry/me")
    @ResponseBody
    MyRecord myRecordApi(@AuthenticationPrincipal AccountPrincipal principal) {
        return mine(principal);
    }

    private MyRecord mine(AccountPrincipal principal) {
        return identity.idNumberIndexOf(principal.accountId())
                .map(index -> new MyRecord(reading.own(index).orElse(null),
                        dataUse.ofPersonIndex(index).stream().map(this::row).toList()))
                .orElseGet(() -> new MyRecord(null, List.of()));
    }

    private UseRow row(DataUse use) {
        String department = use.departmentId() == null ? null
                : organization.department(use.departmentId()).map(Department::name).orElse(null);
        return new UseRow(use.usedAt(), department, use.purpose(), use.fields().stream().map(FieldShown::of).toList());
    }
}
