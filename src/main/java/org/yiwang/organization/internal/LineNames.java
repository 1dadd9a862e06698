package org.yiwang.organization.internal;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.VerticalLine;

/** Vertical-line names by code in the reader's language, for the pages' tables. */
final class LineNames {

    private LineNames() {
    }

    static Map<String, String> of(OrganizationDirectory directory, Locale locale) {
        return directory.verticalLines().stream()
                .collect(Collectors.toMap(VerticalLine::code, line -> line.name(locale)));
    }
}
