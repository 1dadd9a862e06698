package org.yiwang.catalog;

/**
 * Published when a version of a catalog entry becomes the current one, within the publishing transaction.
 *
 * @param version the new current version; 1 for a first publication
 */
public record CatalogResourcePublished(String code, int version, long providerDepartmentId) {
}
