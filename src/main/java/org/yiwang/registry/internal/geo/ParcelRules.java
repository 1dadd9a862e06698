package org.yiwang.registry.internal.geo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/**
 * The field rules of a parcel. The parcel code follows the real-estate unit number (不动产单元号, 28 characters):
 * the six-digit county code, six digits of cadastral zone and subzone, two letters of parcel feature, a five-digit
 * parcel number, the kind of fixture (F building, L forest, Q structure, W none) and eight digits for it; it starts
 * with the code of the parcel's own division. The right holder is a person of the population register or an entity of
 * the legal-entity register.
 */
final class ParcelRules {

    private static final Pattern CODE = Pattern.compile("\\d{12}[A-Z]{2}\\d{5}[FLQW]\\d{8}");
    private static final BigDecimal MAX_AREA = new BigDecimal("999999999999.99");

    private final Set<String> landUses;
    private final Predicate<String> knownDivision;
    private final BiPredicate<HolderKind, Long> knownHolder;

    ParcelRules(Set<String> landUses, Predicate<String> knownDivision, BiPredicate<HolderKind, Long> knownHolder) {
        this.landUses = landUses;
        this.knownDivision = knownDivision;
        this.knownHolder = knownHolder;
    }

    /** The parcel, or a refusal naming every field that breaks a rule. */
    ValidParcel check(ParcelDraft draft) {
        List<RuleViolation> violations = new ArrayList<>();
        String code = strip(draft.code());
        String division = strip(draft.divisionCode());
        if (division.isEmpty() || !knownDivision.test(division)) {
            violations.add(RuleViolation.of("divisionCode", "parcel.division.unknown", division));
        }
        if (!CODE.matcher(code).matches()) {
            violations.add(RuleViolation.of("code", "parcel.code.format", code));
        } else if (!code.startsWith(division)) {
            violations.add(RuleViolation.of("code", "parcel.code.division", code.substring(0, 6), division));
        }
        HolderKind kind = holderKind(strip(draft.holderKind()), violations);
        long holderId = holderId(strip(draft.holderId()), violations);
        if (kind != null && holderId > 0 && !knownHolder.test(kind, holderId)) {
            violations.add(RuleViolation.of("holderId", "parcel.holder.unknown", String.valueOf(holderId)));
        }
        String landUse = strip(draft.landUse());
        if (!landUses.contains(landUse)) {
            violations.add(RuleViolation.of("landUse", "parcel.land-use.unknown", landUse));
        }
        BigDecimal area = area(strip(draft.area()), violations);
        ParcelBoundary boundary = null;
        try {
            boundary = ParcelBoundary.parse(draft.boundary());
        } catch (RuleViolationException e) {
            violations.addAll(e.violations());
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new ValidParcel(code, kind, holderId, landUse, area, division, boundary);
    }

    private static HolderKind holderKind(String text, List<RuleViolation> violations) {
        for (HolderKind kind : HolderKind.values()) {
            if (kind.name().equals(text)) {
                return kind;
            }
        }
        violations.add(RuleViolation.of("holderKind", "parcel.holder-kind.unknown", text));
        return null;
    }

    private static long holderId(String text, List<RuleViolation> violations) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below, like a non-positive id
        }
        violations.add(RuleViolation.of("holderId", "parcel.holder-id.format", text));
        return 0;
    }

    private static BigDecimal area(String text, List<RuleViolation> violations) {
        try {
            BigDecimal area = new BigDecimal(text);
            if (area.signum() > 0 && area.scale() <= 2 && area.compareTo(MAX_AREA) <= 0) {
                return area;
            }
        } catch (NumberFormatException e) {
            // refused below, like a value out of range
        }
        violations.add(RuleViolation.of("area", "parcel.area.format", text));
        return null;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
