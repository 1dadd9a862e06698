package org.yiwang.catalog.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;

/** Labels for the catalog pages: the vocabulary's terms in the reader's language, and refusals by field. */
final class PageLabels {

    private static final Pattern ITEM_FIELD = Pattern.compile("items\\[(\\d+)](?:\\.(\\w+))?");

    private PageLabels() {
    }

    /** Every vocabulary term (格式, 更新周期, 数据类型) mapped to its label in the locale. */
    static Map<String, String> terms(MessageSource messages, Locale locale) {
        Map<String, String> terms = new LinkedHashMap<>();
        for (Vocabulary vocabulary : Vocabulary.values()) {
            for (String term : vocabulary.terms()) {
                terms.put(term, messages.getMessage(vocabulary.key(term).orElseThrow(), null, term, locale));
            }
        }
        return terms;
    }

    /**
     * A refusal's messages keyed by form field, where a data item's field ({@code items[2].type}) is reported under
     * {@code items} with its line number, since the page edits the items as lines of text.
     */
    static Map<String, String> errors(RuleViolationException refusal, MessageSource messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        FormErrors.of(refusal, messages, locale).forEach((field, message) -> {
            Matcher item = ITEM_FIELD.matcher(field);
            if (item.matches()) {
                int line = Integer.parseInt(item.group(1)) + 1;
                String part = item.group(2) == null ? "" : messages.getMessage("catalog.item." + item.group(2), null,
                        item.group(2), locale);
                String prefix = messages.getMessage("catalog.form.items.line", new Object[] {line, part}, locale);
                byField.merge("items", prefix + message, (a, b) -> a + "；" + b);
            } else {
                byField.merge(field, message, (a, b) -> a + "；" + b);
            }
        });
        return byField;
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
