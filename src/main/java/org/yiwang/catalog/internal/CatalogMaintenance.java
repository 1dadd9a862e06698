package org.yiwang.catalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.catalog.CatalogResourcePublished;
import org.yiwang.catalog.Classification;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.DataScopes;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;

/**
 * The provider's use cases: create an entry (a draft), revise it (a published entry gets a new draft version, the
 * published one stays current until the draft is published), publish. One transaction each, each audited. Entries
 * that a module serves (the base registers) are kept by the platform, see {@link #catalogueSource}.
 */
@Service
class CatalogMaintenance {

    static final String PLATFORM = "system";

    /** What an edit did: which version it wrote, and whether anything changed at all. */
    record Revision(String code, int version, VersionState state, boolean changed) {
    }

    private final CatalogRepository catalog;
    private final OrganizationDirectory organization;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogMaintenance(CatalogRepository catalog, OrganizationDirectory organization, DataScopes scopes,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.organization = organization;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public String create(ResourceRequest request, AccountPrincipal maintainer) {
        CatalogRules.Checked checked = CatalogRules.forCreation(request);
        Department provider = provider(request.providerCode(), maintainer);
        String code = insertDraft(checked, provider, maintainer.getName());
        audit.record("catalog.resource.create", target(code), AuditOutcome.SUCCESS,
                "draft version 1 for department " + provider.code());
        return code;
    }

    /**
     * Creates and publishes an entry at once on behalf of a named actor rather than a signed-in maintainer: the demo
     * data's departments. The same rules apply; the data scope does not, there being no one to scope.
     */
    @Transactional
    public String createPublishedAs(String actor, ResourceRequest request, Department provider) {
        String code = insertDraft(CatalogRules.forCreation(request), provider, actor);
        var resource = catalog.resourceForUpdate(code).orElseThrow();
        publish(resource, 1, actor);
        audit.recordAs(actor, "catalog.resource.create", target(code), AuditOutcome.SUCCESS,
                "version 1 for department " + provider.code() + ", published");
        return code;
    }

    /** Publishes a new version of an entry on behalf of a named actor, as {@link #createPublishedAs}. */
    @Transactional
    public int revisePublishedAs(String actor, String code, ResourceRequest request) {
        var resource = catalog.resourceForUpdate(code).orElseThrow(() -> notFound(code));
        Entry entry = CatalogRules.forVersion(request);
        requirePublished(entry.related(), code);
        int version = resource.latestVersion() + 1;
        catalog.insertVersion(resource.id(), version, entry, actor, now());
        publish(resource, version, actor);
        audit.recordAs(actor, "catalog.resource.revise", target(code), AuditOutcome.SUCCESS,
                "version " + version + ", published");
        return version;
    }

    private String insertDraft(CatalogRules.Checked checked, Department provider, String actor) {
        requirePublished(checked.entry().related(), null);
        String category = checked.classification() == Classification.THEMATIC ? checked.theme() : provider.code();
        if (checked.classification() == Classification.DEPARTMENTAL
                && !CatalogCodes.DEPARTMENT_CODE.matcher(category).matches()) {
            throw RuleViolationException.of("providerCode", "catalog.provider.code-unusable", category);
        }
        String prefix = CatalogCodes.prefix(checked.classification(), category);
        String code = CatalogCodes.code(prefix, catalog.nextSequence(prefix));
        Instant now = now();
        long id = catalog.insertResource(code, checked.classification(), provider.id(), null, now);
        catalog.insertVersion(id, 1, checked.entry(), actor, now);
        return code;
    }

    @Transactional
    public Revision revise(String code, ResourceRequest request, AccountPrincipal maintainer) {
        CatalogRepository.ResourceRow resource = maintainable(code, maintainer);
        Entry entry = CatalogRules.forVersion(request);
        requirePublished(entry.related(), code);
        Instant now = now();
        var draft = catalog.draft(code);
        if (draft.isPresent()) {
            int version = draft.get().version();
            if (draft.get().entry().equals(entry)) {
                return new Revision(code, version, VersionState.DRAFT, false);
            }
            catalog.updateDraft(resource.id(), version, entry, maintainer.getName(), now);
            audit.record("catalog.resource.edit", target(code), AuditOutcome.SUCCESS, "draft version " + version);
            return new Revision(code, version, VersionState.DRAFT, true);
        }
        var current = catalog.current(code).orElseThrow(() -> notFound(code));
        if (current.entry().equals(entry)) {
            return new Revision(code, current.version(), VersionState.PUBLISHED, false);
        }
        int version = resource.latestVersion() + 1;
        catalog.insertVersion(resource.id(), version, entry, maintainer.getName(), now);
        audit.record("catalog.resource.revise", target(code), AuditOutcome.SUCCESS,
                "draft version " + version + " after published version " + current.version());
        return new Revision(code, version, VersionState.DRAFT, true);
    }

    @Transactional
    public int publish(String code, AccountPrincipal maintainer) {
        CatalogRepository.ResourceRow resource = maintainable(code, maintainer);
        StoredVersion draft = catalog.draft(code).orElseThrow(
                () -> RuleViolationException.conflict("code", "catalog.resource.no-draft", code));
        requirePublished(draft.entry().related(), code);
        publish(resource, draft.version(), maintainer.getName());
        audit.record("catalog.resource.publish", target(code), AuditOutcome.SUCCESS, "version " + draft.version());
        return draft.version();
    }

    /**
     * Catalogues a resource that a module serves, as the platform: published at once as version 1, and when the
     * module's definition changes in a later release, as a new published version. Nothing happens when the current
     * version already says the same, so this may run at every start.
     *
     * @return the resource's code
     */
    @Transactional
    public String catalogueSource(String source, Classification classification, String category, long providerId,
            Entry entry) {
        catalog.lockSource(source);
        var existing = catalog.resourceBySourceForUpdate(source);
        Instant now = now();
        if (existing.isEmpty()) {
            String prefix = CatalogCodes.prefix(classification, category);
            String code = CatalogCodes.code(prefix, catalog.nextSequence(prefix));
            long id = catalog.insertResource(code, classification, providerId, source, now);
            catalog.insertVersion(id, 1, entry, PLATFORM, now);
            publish(new CatalogRepository.ResourceRow(id, code, classification, providerId, source, null, 1), 1,
                    PLATFORM);
            audit.recordAs(PLATFORM, "catalog.resource.catalogue", target(code), AuditOutcome.SUCCESS,
                    "source " + source + ", version 1");
            return code;
        }
        CatalogRepository.ResourceRow resource = existing.get();
        var current = catalog.current(resource.code());
        if (current.isPresent() && current.get().entry().equals(entry)) {
            return resource.code();
        }
        int version = resource.latestVersion() + 1;
        catalog.insertVersion(resource.id(), version, entry, PLATFORM, now);
        publish(resource, version, PLATFORM);
        audit.recordAs(PLATFORM, "catalog.resource.catalogue", target(resource.code()), AuditOutcome.SUCCESS,
                "source " + source + ", version " + version);
        return resource.code();
    }

    private void publish(CatalogRepository.ResourceRow resource, int version, String by) {
        Instant now = now();
        catalog.publishDraft(resource.id(), version, LocalDate.ofInstant(now, clock.getZone()), by, now);
        events.publishEvent(new CatalogResourcePublished(resource.code(), version, resource.providerDepartmentId()));
    }

    /** The resource, locked, if the maintainer may change it: not kept by the platform, and within his data scope. */
    private CatalogRepository.ResourceRow maintainable(String code, AccountPrincipal maintainer) {
        CatalogRepository.ResourceRow resource = catalog.resourceForUpdate(code).orElseThrow(() -> notFound(code));
        if (resource.source() != null) {
            throw RuleViolationException.conflict("code", "catalog.resource.platform-maintained", resource.source());
        }
        if (!scopes.covers(maintainer, resource.providerDepartmentId())) {
            throw outOfScope("code");
        }
        return resource;
    }

    private Department provider(String providerCode, AccountPrincipal maintainer) {
        if (maintainer.departmentId() == null) {
            throw outOfScope("providerCode");
        }
        Department provider;
        if (providerCode == null || providerCode.isBlank()) {
            provider = organization.department(maintainer.departmentId()).orElseThrow(() -> outOfScope("providerCode"));
        } else {
            provider = organization.departmentByCode(providerCode.strip()).orElseThrow(
                    () -> RuleViolationException.of("providerCode", "catalog.provider.unknown", providerCode));
        }
        if (!provider.isActive()) {
            throw RuleViolationException.of("providerCode", "catalog.provider.inactive", provider.code());
        }
        if (!scopes.covers(maintainer, provider.id())) {
            throw outOfScope("providerCode");
        }
        return provider;
    }

    /** Related resources must be published entries of the catalog, and not the entry itself. */
    private void requirePublished(List<String> related, String self) {
        if (self != null && related.contains(self)) {
            throw RuleViolationException.of("related", "catalog.related.self");
        }
        Set<String> missing = new LinkedHashSet<>(related);
        missing.removeAll(catalog.publishedAmong(related));
        if (!missing.isEmpty()) {
            throw RuleViolationException.of("related", "catalog.related.unknown", String.join("、", missing));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static String target(String code) {
        return "catalog-resource:" + code;
    }

    static RuleViolationException notFound(String code) {
        return new RuleViolationException(HttpStatus.NOT_FOUND,
                List.of(RuleViolation.of("code", "catalog.resource.not-found", code)));
    }

    private static RuleViolationException outOfScope(String field) {
        return new RuleViolationException(HttpStatus.FORBIDDEN,
                List.of(RuleViolation.of(field, "catalog.provider.out-of-scope")));
    }
}
