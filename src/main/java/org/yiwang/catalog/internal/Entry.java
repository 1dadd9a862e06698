package org.yiwang.catalog.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.yiwang.catalog.DataItem;
import org.yiwang.catalog.ShareMethod;
import org.yiwang.catalog.SharingType;

/**
 * The versioned part of a catalog entry, already checked by {@link CatalogRules}: what a new version may change.
 *
 * @param sharingCondition the condition of 有条件共享 or the legal basis of 不予共享; null for 无条件共享
 * @param related codes of related resources
 */
record Entry(String name, String summary, String format, List<DataItem> items, SharingType sharingType,
        String sharingCondition, Set<ShareMethod> methods, boolean openToPublic, String updateCycle,
        List<String> related) {

    Entry {
        items = List.copyOf(items);
        methods = methods.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(methods));
        related = List.copyOf(related);
    }

    /** The methods in their declared order, as stored. */
    public List<ShareMethod> orderedMethods() {
        return methods.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(methods));
    }
}
