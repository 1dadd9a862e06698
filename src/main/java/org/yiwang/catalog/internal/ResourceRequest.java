package org.yiwang.catalog.internal;

import java.util.List;

/**
 * A catalog entry as a maintainer sends it, unchecked: the API's JSON body and the page's form both end up here,
 * and {@link CatalogRules} checks every field. {@code classification}, {@code category} and {@code providerCode}
 * are read only when the entry is created; they are part of its code and never change afterwards.
 *
 * @param category the two-digit theme of a 主题 resource; ignored otherwise
 * @param providerCode the providing department's code; the maintainer's own department when empty
 */
record ResourceRequest(String classification, String category, String providerCode, String name, String summary,
        String format, List<ItemRequest> items, String sharingType, String sharingCondition, List<String> methods,
        Boolean openToPublic, String updateCycle, List<String> related) {

    record ItemRequest(String key, String name, String type, String sensitivity) {
    }
}
