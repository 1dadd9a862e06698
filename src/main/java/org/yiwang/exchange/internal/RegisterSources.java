package org.yiwang.exchange.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.yiwang.common.CreditCode;
import org.yiwang.common.IdNumber;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.crypto.CryptoService;
import org.yiwang.registry.EntityRecord;
import org.yiwang.registry.PersonId;
import org.yiwang.registry.PersonRecord;
import org.yiwang.registry.RegisterRecords;
import org.yiwang.registry.SubjectKind;

/**
 * The catalog sources the gateway can serve: {@code registry:person} by ID number and {@code registry:entity}
 * by credit code, read through the registry's public API. Each record comes as its fields by the catalog's
 * item keys, in the clear; the gateway keeps only the granted ones.
 */
@Component
class RegisterSources {

    static final String PERSON = "registry:person";
    static final String ENTITY = "registry:entity";
    /** The entity fields that are its legal representative's personal data: delivering one is a use of his record. */
    static final Set<String> REPRESENTATIVE_FIELDS = Set.of("legalRepresentativeName", "legalRepresentativeIdNumber");

    /**
     * One subject found: whose it is, and his fields.
     *
     * @param representativeIndex for an entity, the blind index of its legal representative's ID number
     */
    record Found(SubjectKind kind, String identifier, String subjectIndex, Map<String, String> fields,
            String representativeIndex) {
    }

    private final RegisterRecords records;
    private final CryptoService crypto;

    RegisterSources(RegisterRecords records, CryptoService crypto) {
        this.records = records;
        this.crypto = crypto;
    }

    static boolean serves(String source) {
        return PERSON.equals(source) || ENTITY.equals(source);
    }

    /** Of the delivered entity fields, those that are its representative's personal data. */
    static List<String> representativeFields(List<String> delivered) {
        return delivered.stream().filter(REPRESENTATIVE_FIELDS::contains).toList();
    }

    /** The identifier parameter of a source: {@code idNumber} or {@code creditCode}. */
    static String identifierName(String source) {
        return PERSON.equals(source) ? "idNumber" : "creditCode";
    }

    /** Checks every identifier first, so that nothing is read when one of them is malformed. */
    List<Found> find(String source, List<String> identifiers) {
        List<RuleViolation> broken = new ArrayList<>();
        String field = identifierName(source);
        List<Found> found = new ArrayList<>();
        if (PERSON.equals(source)) {
            List<IdNumber> ids = new ArrayList<>();
            for (int i = 0; i < identifiers.size(); i++) {
                try {
                    ids.add(IdNumber.parse(identifiers.get(i)));
                } catch (RuleViolationException e) {
                    broken.add(RuleViolation.of(field, "exchange.identifier.invalid", i + 1));
                }
            }
            refuseIf(broken);
            records.persons(ids).forEach((id, person) -> found.add(person(id.value(), person)));
        } else {
            List<CreditCode> codes = new ArrayList<>();
            for (int i = 0; i < identifiers.size(); i++) {
                try {
                    codes.add(CreditCode.parse(identifiers.get(i)));
                } catch (RuleViolationException e) {
                    broken.add(RuleViolation.of(field, "exchange.identifier.invalid", i + 1));
                }
            }
            refuseIf(broken);
            found.addAll(entities(records.entities(codes).values().stream().toList()));
        }
        return found;
    }

    Optional<Found> person(PersonId id) {
        return records.person(id).map(p -> person(p.idNumber().value(), p));
    }

    Optional<Found> entity(CreditCode code) {
        return entities(records.entities(List.of(code)).values().stream().toList()).stream().findFirst();
    }

    /** Entities with their representatives' names, read in one more batch. */
    private List<Found> entities(List<EntityRecord> entities) {
        Map<IdNumber, PersonRecord> representatives = records.persons(
                entities.stream().map(EntityRecord::legalRepresentative).distinct().toList());
        return entities.stream().map(e -> entity(e, representatives.get(e.legalRepresentative()))).toList();
    }

    private Found person(String idNumber, PersonRecord person) {
        Map<String, String> fields = new LinkedHashMap<>(person.fields());
        fields.put("sex", person.sex().name());
        fields.put("birthDate", person.birthDate().toString());
        return new Found(SubjectKind.PERSON, idNumber, crypto.blindIndex(idNumber), fields, null);
    }

    private Found entity(EntityRecord entity, PersonRecord representative) {
        Map<String, String> fields = new LinkedHashMap<>(entity.fields());
        fields.remove("legalRepresentative");
        fields.put("legalRepresentativeName", representative == null ? null : representative.name());
        fields.put("legalRepresentativeIdNumber", entity.legalRepresentative().value());
        return new Found(SubjectKind.ENTITY, entity.creditCode().value(), crypto.blindIndex(entity.creditCode().value()),
                fields, crypto.blindIndex(entity.legalRepresentative().value()));
    }

    private static void refuseIf(List<RuleViolation> broken) {
        if (!broken.isEmpty()) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST, broken);
        }
    }
}
