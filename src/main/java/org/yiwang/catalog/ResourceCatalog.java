package org.yiwang.catalog;

import java.util.List;
import java.util.Optional;

/** What other modules (the exchange above all) may ask of the resource catalog. */
public interface ResourceCatalog {

    /** The current published version of a resource. */
    Optional<CatalogResource> byCode(String code);

    /** Every published resource of a providing department. */
    List<CatalogResource> ofProvider(long departmentId);

    /**
     * The current published version of the resource that a module serves, e.g. {@code registry:person} for the
     * population register.
     */
    Optional<CatalogResource> bySource(String source);

    /** A version of a resource as it was published (current or superseded); drafts are not returned. */
    Optional<CatalogResource> version(String code, int version);
}
