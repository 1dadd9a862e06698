package org.yiwang.organization.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yiwang.organization.Division;
import org.yiwang.organization.DivisionLevel;

/**
 * All divisions, held in memory: they are a few thousand rows of reference data that change only with a
 * migration, and data-scope checks ask about them on almost every request.
 */
final class DivisionTree {

    /** A division as stored, before its display name is worked out. */
    record Entry(String code, String name, DivisionLevel level, String parentCode) {
    }

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> children = new HashMap<>();
    private final Map<DivisionLevel, List<Division>> byLevel = new EnumMap<>(DivisionLevel.class);

    DivisionTree(List<Entry> entries) {
        Map<String, String> names = new HashMap<>();
        entries.forEach(e -> names.put(e.code(), e.name()));
        entries.stream().sorted(Comparator.comparing(Entry::code)).forEach(e -> {
            String parentName = e.parentCode() == null ? null : names.get(e.parentCode());
            Division division = new Division(e.code(), e.name(), DivisionNames.displayName(e.name(), parentName),
                    e.level(), e.parentCode());
            byCode.put(division.code(), division);
            byLevel.computeIfAbsent(division.level(), level -> new ArrayList<>()).add(division);
            if (division.parentCode() != null) {
                children.computeIfAbsent(division.parentCode(), code -> new ArrayList<>()).add(division);
            }
        });
    }

    Optional<Division> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    boolean contains(String code) {
        return code != null && byCode.containsKey(code);
    }

    List<Division> children(String code) {
        return Collections.unmodifiableList(children.getOrDefault(code, List.of()));
    }

    List<Division> at(DivisionLevel level) {
        return Collections.unmodifiableList(byLevel.getOrDefault(level, List.of()));
    }

    /** From the province down to the direct parent. */
    List<Division> ancestors(String code) {
        List<Division> path = new ArrayList<>();
        Division current = byCode.get(code);
        while (current != null && current.parentCode() != null) {
            current = byCode.get(current.parentCode());
            if (current != null) {
                path.add(0, current);
            }
        }
        return path;
    }

    boolean isDescendant(String code, String ancestorCode) {
        return ancestors(code).stream().anyMatch(a -> a.code().equals(ancestorCode));
    }

    boolean isWithin(String code, String scopeCode) {
        return contains(code) && (code.equals(scopeCode) || isDescendant(code, scopeCode));
    }

    Set<String> codesWithin(String code) {
        Set<String> codes = new LinkedHashSet<>();
        if (contains(code)) {
            collect(code, codes);
        }
        return codes;
    }

    private void collect(String code, Set<String> into) {
        into.add(code);
        children(code).forEach(child -> collect(child.code(), into));
    }

    int size() {
        return byCode.size();
    }
}
