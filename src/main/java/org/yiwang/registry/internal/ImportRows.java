package org.yiwang.registry.internal;

import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSource;
import org.yiwang.common.RuleViolationException;

/** What the people and entity imports share: optional columns, and a refusal as one line of the report. */
final class ImportRows {

    private ImportRows() {
    }

    /** The value of a column, or null when the file has no such column. */
    static String get(CSVRecord row, String column) {
        return row.isMapped(column) ? row.get(column) : null;
    }

    /** Every broken rule as {@code column：message}, the column named as in the file (idNumber → id_number). */
    static String reason(RuleViolationException refusal, MessageSource messages, Locale locale) {
        return refusal.violations().stream()
                .map(v -> column(v.field()) + "：" + messages.getMessage(v.messageKey(), v.args().toArray(), v.rule(),
                        locale))
                .collect(Collectors.joining("；"));
    }

    static String column(String field) {
        StringBuilder column = new StringBuilder(field.length() + 4);
        for (char c : field.toCharArray()) {
            if (Character.isUpperCase(c)) {
                column.append('_').append(Character.toLowerCase(c));
            } else {
                column.append(c);
            }
        }
        return column.toString();
    }

    /** The first 17 digits of a valid ID number as a number: a compact key for spotting repeats in a large file. */
    static long idKey(String idNumber) {
        return Long.parseLong(idNumber, 0, 17, 10);
    }
}
