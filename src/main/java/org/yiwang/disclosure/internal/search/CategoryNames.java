package org.yiwang.disclosure.internal.search;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;

/** The names of the disclosure categories in the reader's language; an unknown code shows as itself. */
final class CategoryNames {

    private CategoryNames() {
    }

    static UnaryOperator<String> of(MessageSource messages, Locale locale) {
        return code -> messages.getMessage("search.category." + code, null, code, locale);
    }
}
