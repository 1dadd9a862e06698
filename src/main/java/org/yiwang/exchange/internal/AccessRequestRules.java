package org.yiwang.exchange.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.PublicKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yiwang.catalog.CatalogResource;
import org.yiwang.catalog.DataItem;
import org.yiwang.catalog.ShareMethod;
import org.yiwang.catalog.SharingType;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/**
 * The rules of an access request, all checked at once so that the consumer sees every problem together.
 * A 不予共享 resource is refused before anything else, citing the catalog's legal basis.
 */
final class AccessRequestRules {

    static final int MAX_TEXT = 200;
    static final int MAX_VOLUME = 10_000_000;

    private AccessRequestRules() {
    }

    static ValidRequest check(AccessRequestInput in, CatalogResource resource, long consumerDepartmentId,
            LocalDate today, int maxValidityDays) {
        if (resource.sharingType() == SharingType.NOT_SHARED) {
            throw RuleViolationException.of("resourceCode", "exchange.resource.not-shared",
                    resource.sharingCondition() == null ? "—" : resource.sharingCondition());
        }
        List<RuleViolation> broken = new ArrayList<>();
        if (resource.providerDepartmentId() == consumerDepartmentId) {
            broken.add(RuleViolation.of("resourceCode", "exchange.consumer.is-provider"));
        }
        List<String> items = items(in.items(), resource, broken);
        String purpose = text("purpose", in.purpose(), broken);
        String legalBasis = text("legalBasis", in.legalBasis(), broken);
        ShareMethod method = method(in.method(), resource, broken);
        period(in.validFrom(), in.validUntil(), today, maxValidityDays, broken);
        if (in.expectedVolume() == null) {
            broken.add(RuleViolation.of("expectedVolume", "exchange.required"));
        } else if (in.expectedVolume() < 1 || in.expectedVolume() > MAX_VOLUME) {
            broken.add(RuleViolation.of("expectedVolume", "exchange.volume.range", MAX_VOLUME));
        }
        String callback = method == ShareMethod.SUBSCRIPTION ? callback(in.callbackUrl(), broken) : null;
        PublicKey key = null;
        String keyPem = in.consumerKeyPem() == null || in.consumerKeyPem().isBlank() ? null : in.consumerKeyPem().strip();
        if (keyPem != null) {
            key = ConsumerKeys.parse(keyPem).orElse(null);
            if (key == null) {
                broken.add(RuleViolation.of("consumerKeyPem", "exchange.consumer-key.invalid"));
            }
        }
        if (!broken.isEmpty()) {
            throw new RuleViolationException(broken);
        }
        return new ValidRequest(resource, consumerDepartmentId, items, purpose, legalBasis, method, in.validFrom(),
                in.validUntil(), in.expectedVolume(), callback, keyPem, key);
    }

    /** The wanted items in the catalog's order; each must be an item of the resource. */
    static List<String> items(List<String> wanted, CatalogResource resource, List<RuleViolation> broken) {
        Set<String> asked = new LinkedHashSet<>();
        if (wanted != null) {
            wanted.stream().filter(w -> w != null && !w.isBlank()).map(String::strip).forEach(asked::add);
        }
        if (asked.isEmpty()) {
            broken.add(RuleViolation.of("items", "exchange.items.required"));
            return List.of();
        }
        Set<String> known = new LinkedHashSet<>(resource.items().stream().map(DataItem::key).toList());
        for (String item : asked) {
            if (!known.contains(item)) {
                broken.add(RuleViolation.of("items", "exchange.items.unknown", item));
            }
        }
        return known.stream().filter(asked::contains).toList();
    }

    static String text(String field, String value, List<RuleViolation> broken) {
        if (value == null || value.isBlank()) {
            broken.add(RuleViolation.of(field, "exchange.required"));
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            broken.add(RuleViolation.of(field, "exchange.text.length", MAX_TEXT));
        }
        return stripped;
    }

    private static ShareMethod method(String value, CatalogResource resource, List<RuleViolation> broken) {
        if (value == null || value.isBlank()) {
            broken.add(RuleViolation.of("method", "exchange.required"));
            return null;
        }
        ShareMethod method;
        try {
            method = ShareMethod.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            broken.add(RuleViolation.of("method", "exchange.method.unknown", value));
            return null;
        }
        if (method == ShareMethod.FILE) {
            broken.add(RuleViolation.of("method", "exchange.method.file-unsupported"));
        } else if (!resource.methods().contains(method)) {
            broken.add(RuleViolation.of("method", "exchange.method.not-offered", method.name()));
        }
        return method;
    }

    private static void period(LocalDate from, LocalDate until, LocalDate today, int maxDays,
            List<RuleViolation> broken) {
        if (from == null) {
            broken.add(RuleViolation.of("validFrom", "exchange.required"));
        } else if (from.isBefore(today)) {
            broken.add(RuleViolation.of("validFrom", "exchange.period.past"));
        }
        if (until == null) {
            broken.add(RuleViolation.of("validUntil", "exchange.required"));
        } else if (from != null && until.isBefore(from)) {
            broken.add(RuleViolation.of("validUntil", "exchange.period.order"));
        } else if (from != null && until.isAfter(from.plusDays(maxDays))) {
            broken.add(RuleViolation.of("validUntil", "exchange.period.too-long", maxDays));
        }
    }

    /** An absolute http or https URL with a host: where subscription messages are posted. */
    static String callback(String url, List<RuleViolation> broken) {
        if (url == null || url.isBlank()) {
            broken.add(RuleViolation.of("callbackUrl", "exchange.callback.required"));
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getUserInfo() != null || url.length() > 500) {
                broken.add(RuleViolation.of("callbackUrl", "exchange.callback.invalid"));
                return null;
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            broken.add(RuleViolation.of("callbackUrl", "exchange.callback.invalid"));
            return null;
        }
    }
}
