package org.yiwang.portal.internal;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiwang.common.WorkItem;
import org.yiwang.common.WorkItemSource;
import org.yiwang.common.WorkList;
import org.yiwang.identity.AccountPrincipal;

/** The staff workbench: 待办, 已办, 待阅 and 已阅, gathered from every module that contributes work. */
@Controller
@PreAuthorize("hasAuthority('workbench:use')")
class WorkbenchController {

    static final int PAGE = 50;

    private final List<WorkItemSource> sources;

    WorkbenchController(List<WorkItemSource> sources) {
        this.sources = sources;
    }

    @GetMapping("/workbench")
    String workbench(@RequestParam(defaultValue = "PENDING") WorkList list, Authentication authentication, Model model) {
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        var viewer = new WorkItemSource.Viewer(principal.accountId(), principal.departmentId(),
                authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet()));
        Map<WorkList, Integer> counts = new EnumMap<>(WorkList.class);
        for (WorkList each : WorkList.values()) {
            counts.put(each, sources.stream().mapToInt(s -> s.count(viewer, each)).sum());
        }
        List<WorkItem> items = sources.stream().flatMap(s -> s.items(viewer, list, PAGE).stream())
                .sorted(Comparator.comparing(WorkItem::receivedAt).reversed()).limit(PAGE).toList();
        model.addAttribute("list", list);
        model.addAttribute("lists", WorkList.values());
        model.addAttribute("counts", counts);
        model.addAttribute("items", items);
        model.addAttribute("principal", principal);
        return "portal/workbench";
    }
}
