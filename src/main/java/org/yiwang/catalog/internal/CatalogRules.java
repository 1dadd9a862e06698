package org.yiwang.catalog.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yiwang.catalog.Classification;
import org.yiwang.catalog.DataItem;
import org.yiwang.catalog.Sensitivity;
import org.yiwang.catalog.ShareMethod;
import org.yiwang.catalog.SharingType;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/**
 * The field rules of a catalog entry (GB/T 21063, 2017 cataloguing guide). Every field is checked and every broken
 * rule reported at once, so that a maintainer fixes a form in one go. Whether related resources exist is for the
 * caller, who knows the catalog.
 */
final class CatalogRules {

    static final int NAME_MAX = 100;
    static final int SUMMARY_MAX = 1000;
    static final int CONDITION_MAX = 1000;
    static final int ITEM_NAME_MAX = 50;
    static final int ITEMS_MAX = 200;
    static final int RELATED_MAX = 20;
    static final Pattern ITEM_KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

    /** What a request amounts to once checked: the fixed part (read on creation only) and the versioned part. */
    record Checked(Classification classification, String theme, Entry entry) {
    }

    private final List<RuleViolation> violations = new ArrayList<>();

    private CatalogRules() {
    }

    /** Checks a new entry: classification (基础 is the platform's own) and theme besides the versioned fields. */
    static Checked forCreation(ResourceRequest request) {
        CatalogRules rules = new CatalogRules();
        Classification classification = rules.classification(request.classification());
        String theme = classification == Classification.THEMATIC ? rules.theme(request.category()) : null;
        Entry entry = rules.entry(request);
        rules.throwIfBroken();
        return new Checked(classification, theme, entry);
    }

    /** Checks a new version of an existing entry: the versioned fields only. */
    static Entry forVersion(ResourceRequest request) {
        CatalogRules rules = new CatalogRules();
        Entry entry = rules.entry(request);
        rules.throwIfBroken();
        return entry;
    }

    private void throwIfBroken() {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private Classification classification(String value) {
        if (blank(value)) {
            refuse("classification", "catalog.required");
            return null;
        }
        Classification classification = parse(Classification.class, value.strip());
        if (classification == null) {
            refuse("classification", "catalog.classification.unknown", value);
        } else if (classification == Classification.BASE) {
            refuse("classification", "catalog.classification.base-reserved");
        }
        return classification;
    }

    private String theme(String value) {
        if (blank(value)) {
            refuse("category", "catalog.required");
            return null;
        }
        String theme = value.strip();
        if (!CatalogCodes.THEME.matcher(theme).matches()) {
            refuse("category", "catalog.category.theme", value);
        }
        return theme;
    }

    private Entry entry(ResourceRequest r) {
        String name = text("name", r.name(), NAME_MAX);
        String summary = text("summary", r.summary(), SUMMARY_MAX);
        String format = term("format", r.format(), Vocabulary.FORMAT);
        String updateCycle = term("updateCycle", r.updateCycle(), Vocabulary.UPDATE_CYCLE);
        List<DataItem> items = items(r.items());
        SharingType sharingType = sharingType(r.sharingType());
        String condition = condition(sharingType, r.sharingCondition());
        Set<ShareMethod> methods = methods(sharingType, r.methods());
        boolean open = Boolean.TRUE.equals(r.openToPublic());
        if (r.openToPublic() == null) {
            refuse("openToPublic", "catalog.required");
        }
        openness(open, sharingType, items);
        List<String> related = related(r.related());
        return new Entry(name, summary, format, items, sharingType, condition, methods, open, updateCycle, related);
    }

    private String text(String field, String value, int max) {
        if (blank(value)) {
            refuse(field, "catalog.required");
            return "";
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > max) {
            refuse(field, "catalog.length", max);
        }
        return text;
    }

    private String term(String field, String value, Vocabulary vocabulary) {
        if (blank(value)) {
            refuse(field, "catalog.required");
            return "";
        }
        String term = value.strip();
        if (!vocabulary.contains(term)) {
            refuse(field, "catalog." + vocabulary.name().toLowerCase().replace('_', '-') + ".unknown", value,
                    String.join("、", vocabulary.terms()));
        }
        return term;
    }

    private List<DataItem> items(List<ResourceRequest.ItemRequest> requested) {
        if (requested == null || requested.isEmpty()) {
            refuse("items", "catalog.items.required");
            return List.of();
        }
        if (requested.size() > ITEMS_MAX) {
            refuse("items", "catalog.items.too-many", ITEMS_MAX);
            return List.of();
        }
        List<DataItem> items = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            ResourceRequest.ItemRequest item = requested.get(i);
            String at = "items[" + i + "]";
            if (item == null) {
                refuse(at, "catalog.required");
                continue;
            }
            String key = item.key() == null ? "" : item.key().strip();
            if (!ITEM_KEY.matcher(key).matches()) {
                refuse(at + ".key", "catalog.item.key.format", key);
            } else if (!keys.add(key)) {
                refuse(at + ".key", "catalog.item.key.duplicate", key);
            }
            String name = text(at + ".name", item.name(), ITEM_NAME_MAX);
            String type = term(at + ".type", item.type(), Vocabulary.ITEM_TYPE);
            Sensitivity sensitivity = null;
            if (blank(item.sensitivity())) {
                refuse(at + ".sensitivity", "catalog.required");
            } else {
                sensitivity = parse(Sensitivity.class, item.sensitivity().strip());
                if (sensitivity == null) {
                    refuse(at + ".sensitivity", "catalog.item.sensitivity.unknown", item.sensitivity());
                }
            }
            if (sensitivity != null) {
                items.add(new DataItem(key, name, type, sensitivity));
            }
        }
        return items;
    }

    private SharingType sharingType(String value) {
        if (blank(value)) {
            refuse("sharingType", "catalog.required");
            return null;
        }
        SharingType type = parse(SharingType.class, value.strip());
        if (type == null) {
            refuse("sharingType", "catalog.sharing-type.unknown", value);
        }
        return type;
    }

    /** 有条件共享 states its condition; 不予共享 cites its legal basis; 无条件共享 has neither. */
    private String condition(SharingType type, String value) {
        String condition = blank(value) ? null : value.strip();
        if (type == null) {
            return condition;
        }
        switch (type) {
            case CONDITIONAL -> {
                if (condition == null) {
                    refuse("sharingCondition", "catalog.condition.required");
                }
            }
            case NOT_SHARED -> {
                if (condition == null) {
                    refuse("sharingCondition", "catalog.not-shared.legal-basis");
                }
            }
            case UNCONDITIONAL -> {
                if (condition != null) {
                    refuse("sharingCondition", "catalog.condition.unconditional");
                }
            }
        }
        if (condition != null && condition.codePointCount(0, condition.length()) > CONDITION_MAX) {
            refuse("sharingCondition", "catalog.length", CONDITION_MAX);
        }
        return condition;
    }

    private Set<ShareMethod> methods(SharingType type, List<String> values) {
        Set<ShareMethod> methods = EnumSet.noneOf(ShareMethod.class);
        for (String value : values == null ? List.<String>of() : values) {
            ShareMethod method = value == null ? null : parse(ShareMethod.class, value.strip());
            if (method == null) {
                refuse("methods", "catalog.method.unknown", String.valueOf(value));
            } else {
                methods.add(method);
            }
        }
        if (type == SharingType.NOT_SHARED && !methods.isEmpty()) {
            refuse("methods", "catalog.methods.not-shared");
        } else if (type != null && type != SharingType.NOT_SHARED && methods.isEmpty()) {
            refuse("methods", "catalog.methods.required");
        }
        return methods;
    }

    /** Open to the public (向社会开放) only what is shared at all, and never personal data. */
    private void openness(boolean open, SharingType type, List<DataItem> items) {
        if (!open) {
            return;
        }
        if (type == SharingType.NOT_SHARED) {
            refuse("openToPublic", "catalog.open.not-shared");
        }
        List<String> personal = items.stream()
                .filter(i -> i.sensitivity() == Sensitivity.PERSONAL || i.sensitivity() == Sensitivity.SENSITIVE_PERSONAL)
                .map(DataItem::name).toList();
        if (!personal.isEmpty()) {
            refuse("openToPublic", "catalog.open.personal-items", String.join("、", personal));
        }
    }

    private List<String> related(List<String> values) {
        Set<String> related = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (blank(value)) {
                continue;
            }
            String code = value.strip();
            if (!CatalogCodes.wellFormed(code)) {
                refuse("related", "catalog.related.format", code);
            } else {
                related.add(code);
            }
        }
        if (related.size() > RELATED_MAX) {
            refuse("related", "catalog.related.too-many", RELATED_MAX);
        }
        return List.copyOf(related);
    }

    private void refuse(String field, String rule, Object... args) {
        violations.add(RuleViolation.of(field, rule, args));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        return null;
    }
}
