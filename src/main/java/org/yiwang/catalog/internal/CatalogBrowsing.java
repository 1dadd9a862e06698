package org.yiwang.catalog.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.catalog.Classification;
import org.yiwang.catalog.SharingType;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.DataScopes;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;

/**
 * Who sees what of the catalog. The catalog is the government's inventory of its own data, meant for staff: signed-in
 * staff and leaders see every published entry. Anyone else (anonymous visitors, citizens, enterprises) sees the
 * entries whose open attribute says 向社会开放, and nothing of the rest, not even that it exists. Drafts are seen only
 * by the maintainers of the providing department.
 */
@Service
class CatalogBrowsing {

    static final int MAX_PAGE_SIZE = 100;

    private final CatalogRepository catalog;
    private final CatalogIndex index;
    private final OrganizationDirectory organization;
    private final DataScopes scopes;

    CatalogBrowsing(CatalogRepository catalog, CatalogIndex index, OrganizationDirectory organization,
            DataScopes scopes) {
        this.catalog = catalog;
        this.index = index;
        this.organization = organization;
        this.scopes = scopes;
    }

    /** Search with the filters as given on the page or the API: unknown values are refused with 400. */
    CatalogIndex.Hits search(String text, String classification, String provider, String sharingType, int page,
            int size) {
        if (page < 0) {
            throw badQuery("page", "catalog.query.page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw badQuery("size", "catalog.query.size", MAX_PAGE_SIZE);
        }
        if (text != null && text.length() > 200) {
            throw badQuery("q", "catalog.length", 200);
        }
        Classification c = parse(Classification.class, "classification", classification);
        SharingType s = parse(SharingType.class, "sharingType", sharingType);
        return index.search(new CatalogIndex.Search(text, c, blank(provider) ? null : provider.strip(), s,
                !seesEverything(), page * size, size));
    }

    @Transactional(readOnly = true)
    StoredVersion current(String code) {
        return catalog.current(code).filter(this::visible).orElseThrow(() -> CatalogMaintenance.notFound(code));
    }

    /** A version: published and superseded ones to whoever may see the entry, a draft to its maintainers. */
    @Transactional(readOnly = true)
    StoredVersion version(String code, int version) {
        return catalog.version(code, version).filter(this::visible).orElseThrow(() -> CatalogMaintenance.notFound(code));
    }

    /** The versions of an entry, newest first, as far as the viewer may see them. */
    @Transactional(readOnly = true)
    List<StoredVersion> versions(String code) {
        List<StoredVersion> versions = catalog.versions(code).stream().filter(this::visible).toList();
        if (versions.isEmpty()) {
            throw CatalogMaintenance.notFound(code);
        }
        return versions;
    }

    /** The draft of an entry, if the viewer maintains it and there is one. */
    @Transactional(readOnly = true)
    Optional<StoredVersion> draft(String code) {
        return catalog.draft(code).filter(this::visible);
    }

    /** The newest version of every entry the viewer maintains: his data scope's departments. */
    @Transactional(readOnly = true)
    List<StoredVersion> maintained() {
        return principal().filter(p -> maintainer())
                .map(p -> catalog.latestOfProviders(scopes.departments(p)))
                .orElse(List.of());
    }

    Optional<Department> provider(long departmentId) {
        return organization.department(departmentId);
    }

    boolean maintains(StoredVersion v) {
        return maintainer() && v.source() == null
                && principal().map(p -> scopes.covers(p, v.providerDepartmentId())).orElse(false);
    }

    private boolean visible(StoredVersion v) {
        if (v.state() == VersionState.DRAFT) {
            return maintainer() && principal().map(p -> scopes.covers(p, v.providerDepartmentId())).orElse(false);
        }
        return v.entry().openToPublic() || seesEverything() || currentIsOpen(v);
    }

    /** A superseded version of an entry that is open today stays as visible as the entry. */
    private boolean currentIsOpen(StoredVersion v) {
        return v.state() == VersionState.SUPERSEDED
                && catalog.current(v.code()).map(c -> c.entry().openToPublic()).orElse(false);
    }

    boolean seesEverything() {
        return principal().map(AccountPrincipal::isStaff).orElse(false);
    }

    private static boolean maintainer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch("catalog:maintain"::equals);
    }

    private static Optional<AccountPrincipal> principal() {
        return AccountPrincipal.current();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (blank(value)) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw badQuery(field, "catalog." + (type == Classification.class ? "classification" : "sharing-type")
                + ".unknown", value);
    }

    private static RuleViolationException badQuery(String field, String rule, Object... args) {
        return new RuleViolationException(HttpStatus.BAD_REQUEST, List.of(RuleViolation.of(field, rule, args)));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
