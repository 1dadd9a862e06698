package org.yiwang.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountKind;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;

/**
 * The administrators' account pages. Each action checks its own duty: the system administrator creates,
 * disables and enables; the security administrator assigns roles and scopes, unlocks and resets TOTP.
 */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasAnyAuthority('account:manage', 'role:assign', 'account:unlock')")
class AdminAccountsPageController {

    record RoleOption(String code, String nameZh, String nameEn, String forKinds) {
    }

    private final AccountRepository accounts;
    private final AccountAdministration administration;
    private final OrganizationDirectory organization;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;
    private final String province;

    AdminAccountsPageController(AccountRepository accounts, AccountAdministration administration,
            OrganizationDirectory organization, JdbcClient jdbc, MessageSource messages, Clock clock,
            @Value("${yiwang.province-code:330000}") String province) {
        this.province = province;
        this.accounts = accounts;
        this.administration = administration;
        this.organization = organization;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) AccountKind kind, Model model) {
        AccountKind shown = kind == null ? AccountKind.STAFF : kind;
        List<AccountView> views = accounts.all(shown, 500).stream()
                .map(a -> AccountView.of(a, accounts.roles(a.id()), clock.instant())).toList();
        model.addAttribute("kind", shown);
        model.addAttribute("kinds", AccountKind.values());
        model.addAttribute("accounts", views);
        model.addAttribute("departments", departmentNames(views));
        return "identity/admin-accounts";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('account:manage')")
    String newStaff(Model model) {
        model.addAttribute("form", new AccountAdministration.StaffForm("", "", "", AccountKind.STAFF, null, null, ""));
        return staffForm(model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('account:manage')")
    String createStaff(@ModelAttribute("form") AccountAdministration.StaffForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            long id = administration.createStaff(form);
            redirect.addFlashAttribute("notice", messages.getMessage("admin.staff.created", null, locale));
            return "redirect:/admin/accounts/" + id;
        } catch (RuleViolationException e) {
            model.addAttribute("form", new AccountAdministration.StaffForm(form.username(), form.name(), form.idNumber(),
                    form.kind(), form.departmentId(), form.positionId(), ""));
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return staffForm(model);
        }
    }

    @GetMapping("/positions")
    @PreAuthorize("hasAuthority('account:manage')")
    String positions(@RequestParam(required = false) Long departmentId, Model model) {
        model.addAttribute("positions", departmentId == null ? List.of() : organization.positionsOf(departmentId));
        return "identity/admin-positions :: options";
    }

    @GetMapping("/{id}")
    String account(@PathVariable long id, Model model) {
        Account account = accounts.byId(id).orElseThrow(() -> RuleViolationException.of("accountId", "account.unknown", id));
        AccountView view = AccountView.of(account, accounts.roles(id), clock.instant());
        model.addAttribute("account", view);
        model.addAttribute("department", account.departmentId() == null ? null
                : organization.department(account.departmentId()).orElse(null));
        model.addAttribute("position", account.positionId() == null ? null
                : organization.position(account.positionId()).orElse(null));
        model.addAttribute("roleOptions", jdbc.sql("select code, name_zh, name_en, for_kinds from identity.role order by code")
                .query((rs, n) -> new RoleOption(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list().stream().filter(r -> Set.of(r.forKinds().split(",")).contains(account.kind().name())).toList());
        return "identity/admin-account";
    }

    @PostMapping("/{id}/roles")
    @PreAuthorize("hasAuthority('role:assign')")
    String assignRoles(@PathVariable long id, @RequestParam(required = false) Set<String> roles,
            @RequestParam(defaultValue = "false") boolean subordinateScope,
            @AuthenticationPrincipal AccountPrincipal actor, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "admin.roles.saved",
                () -> administration.assignRoles(id, roles == null ? Set.of() : roles, subordinateScope, actor.accountId()));
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize("hasAuthority('account:manage')")
    String disable(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal actor, Locale locale,
            RedirectAttributes redirect) {
        return act(id, locale, redirect, "admin.account.disabled", () -> administration.setActive(id, false, actor.accountId()));
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize("hasAuthority('account:manage')")
    String enable(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal actor, Locale locale,
            RedirectAttributes redirect) {
        return act(id, locale, redirect, "admin.account.enabled", () -> administration.setActive(id, true, actor.accountId()));
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasAuthority('account:unlock')")
    String unlock(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "admin.account.unlocked", () -> administration.unlock(id));
    }

    @PostMapping("/{id}/second-factor/reset")
    @PreAuthorize("hasAuthority('account:unlock')")
    String resetSecondFactor(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "admin.totp.reset", () -> administration.resetSecondFactor(id));
    }

    private String act(long id, Locale locale, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.getMessage(doneKey, null, locale));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", String.join("；", FormErrors.of(e, messages, locale).values()));
        }
        return "redirect:/admin/accounts/" + id;
    }

    private String staffForm(Model model) {
        model.addAttribute("allDepartments", organization.departmentsIn(province, true));
        return "identity/admin-staff-new";
    }

    private Map<Long, String> departmentNames(List<AccountView> views) {
        return views.stream().map(AccountView::departmentId).filter(java.util.Objects::nonNull).distinct()
                .map(organization::department).flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(Department::id, Department::name, (a, b) -> a));
    }
}
