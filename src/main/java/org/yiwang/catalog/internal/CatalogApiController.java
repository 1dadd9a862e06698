package org.yiwang.catalog.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.organization.Department;

/**
 * The resource catalog's API. Reading is open (what each caller sees is decided by {@link CatalogBrowsing});
 * providers with {@code catalog:maintain} create, revise and publish their own entries.
 */
@RestController
@RequestMapping("/api/v1/catalog/resources")
class CatalogApiController {

    private final CatalogBrowsing browsing;
    private final CatalogMaintenance maintenance;

    CatalogApiController(CatalogBrowsing browsing, CatalogMaintenance maintenance) {
        this.browsing = browsing;
        this.maintenance = maintenance;
    }

    record SearchAnswer(long total, int page, int size, List<CatalogIndex.Hit> results) {
    }

    record VersionAnswer(int version, VersionState state, String name, LocalDate releasedOn, String publishedBy,
            Instant publishedAt, String draftedBy, Instant draftedAt) {
    }

    record Created(String code, int version, VersionState state) {
    }

    record Published(String code, int version) {
    }

    @GetMapping
    SearchAnswer search(@RequestParam(required = false) String q, @RequestParam(required = false) String classification,
            @RequestParam(required = false) String provider, @RequestParam(required = false) String sharingType,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var hits = browsing.search(q, classification, provider, sharingType, page, size);
        return new SearchAnswer(hits.total(), page, size, hits.hits());
    }

    @GetMapping("/{code}")
    ResourceAnswer resource(@PathVariable String code) {
        return answer(browsing.current(code));
    }

    @GetMapping("/{code}/versions")
    List<VersionAnswer> versions(@PathVariable String code) {
        return browsing.versions(code).stream().map(v -> new VersionAnswer(v.version(), v.state(), v.entry().name(),
                v.releasedOn(), v.publishedBy(), v.publishedAt(), v.draftedBy(), v.draftedAt())).toList();
    }

    @GetMapping("/{code}/versions/{version}")
    ResourceAnswer version(@PathVariable String code, @PathVariable int version) {
        return answer(browsing.version(code, version));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('catalog:maintain')")
    Created create(@RequestBody ResourceRequest request, Authentication authentication) {
        String code = maintenance.create(request, (AccountPrincipal) authentication.getPrincipal());
        return new Created(code, 1, VersionState.DRAFT);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasAuthority('catalog:maintain')")
    CatalogMaintenance.Revision revise(@PathVariable String code, @RequestBody ResourceRequest request,
            Authentication authentication) {
        return maintenance.revise(code, request, (AccountPrincipal) authentication.getPrincipal());
    }

    @PostMapping("/{code}/publish")
    @PreAuthorize("hasAuthority('catalog:maintain')")
    Published publish(@PathVariable String code, Authentication authentication) {
        return new Published(code, maintenance.publish(code, (AccountPrincipal) authentication.getPrincipal()));
    }

    private ResourceAnswer answer(StoredVersion v) {
        var provider = browsing.provider(v.providerDepartmentId());
        return ResourceAnswer.of(v, provider.map(Department::code).orElse(""), provider.map(Department::name).orElse(""));
    }
}
