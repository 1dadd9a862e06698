package org.yiwang.services.internal.catalog;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/** The service catalog over HTTP: public reads; changes by the catalog keepers. */
@RestController
@RequestMapping("/api/v1/services/items")
class CatalogApi {

    /** One line of the catalog. */
    record ItemSummary(String code, String name, ItemKind kind, Audience audience, String leadDepartment,
            List<String> departments, int statutoryDays, int promisedDays, BigDecimal fee, int visits,
            List<String> lifeEvents, List<String> enterpriseEvents, String licenceType) {

        static ItemSummary of(ServiceItem i) {
            return new ItemSummary(i.code(), i.name(), i.kind(), i.audience(), i.leadDepartment(), i.departments(),
                    i.statutoryDays(), i.promisedDays(), i.fee(), i.visits(), i.lifeEvents(), i.enterpriseEvents(),
                    i.licenceType());
        }
    }

    private final Catalog catalog;

    CatalogApi(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<ItemSummary> items(@RequestParam(required = false) String q, @RequestParam(required = false) String lifeEvent,
            @RequestParam(required = false) String enterpriseEvent, @RequestParam(required = false) String department) {
        return catalog.browse(new Catalog.Query(q, lifeEvent, enterpriseEvent, department)).stream()
                .map(ItemSummary::of).toList();
    }

    @GetMapping("/{code}")
    ServiceItem item(@PathVariable String code) {
        return catalog.published(code).orElseThrow(CatalogApi::notFound);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasAuthority('services:catalog')")
    ServiceItem save(@PathVariable String code, @RequestBody ItemInput input, Authentication authentication) {
        if (input.code() != null && !input.code().strip().equals(code)) {
            throw RuleViolationException.of("code", "services.item.code-mismatch");
        }
        ItemInput withCode = new ItemInput(code, input.name(), input.kind(), input.audience(), input.leadDepartment(),
                input.departments(), input.legalBasis(), input.conditions(), input.materials(), input.form(),
                input.lanes(), input.statutoryDays(), input.promisedDays(), input.fee(), input.feeNote(),
                input.processKey(), input.visits(), input.place(), input.hours(), input.consultation(),
                input.complaint(), input.lifeEvents(), input.enterpriseEvents(), input.licenceType(),
                input.licenceYears(), input.status());
        return catalog.save(withCode, authentication.getName());
    }

    static RuleViolationException notFound() {
        return new RuleViolationException(HttpStatus.NOT_FOUND,
                List.of(RuleViolation.of("code", "services.item.not-found")));
    }
}
