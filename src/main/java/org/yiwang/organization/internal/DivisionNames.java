package org.yiwang.organization.internal;

/**
 * The statistics data set names some city-level entries by what they group rather than by a place:
 * 市辖区 (the districts of a municipality), 县 (its counties), 省直辖县级行政区划 (county-level cities a
 * province governs directly). Shown alone they are ambiguous, so people see them with their province.
 */
final class DivisionNames {

    private static final String DIRECTLY_GOVERNED = "直辖";

    private DivisionNames() {
    }

    static String displayName(String name, String parentName) {
        if (parentName == null) {
            return name;
        }
        if (name.equals("市辖区") || name.equals("县")) {
            return parentName + name;
        }
        if (name.startsWith("省" + DIRECTLY_GOVERNED) || name.startsWith("自治区" + DIRECTLY_GOVERNED)) {
            return parentName + name.substring(name.indexOf(DIRECTLY_GOVERNED));
        }
        return name;
    }
}
