package org.yiwang.catalog;

import java.util.List;
import java.util.Optional;

/** What other modules (the exchange above all) may ask of the resource catalog. */
public interface ResourceCatalog {

    /** The current published version of a resource. */
    Optional<CatalogResource> byCode(String code);

    /** Every published resource of a providing department. */
    List<CatalogResource> ofProvider(long departmentId);
}
