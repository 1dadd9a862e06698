/** Lucene analysis of Chinese text shared by every index of the platform (disclosure, catalog, services). */
@org.springframework.modulith.NamedInterface("search")
package org.yiwang.common.search;
