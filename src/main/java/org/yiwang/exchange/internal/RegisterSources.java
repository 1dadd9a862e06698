package org.yiwang.exchange.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    static final String LEGAL_REPRESENTATIVE = "legalRepresentative";

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
            records.entities(codes).forEach((code, entity) -> found.add(entity(entity)));
        }
        return found;
    }

    Optional<Found> person(PersonId id) {
        return records.person(id).map(p -> person(p.idNumber().value(), p));
    }

    Optional<Found> entity(CreditCode code) {
        return Optional.ofNullable(records.entities(List.of(code)).get(code)).map(this::entity);
    }

    private Found person(String idNumber, PersonRecord person) {
        Map<String, String> fields = new LinkedHashMap<>(person.fields());
        fields.put("sex", person.sex().name());
        fields.put("birthDate", person.birthDate().toString());
        return new Found(SubjectKind.PERSON, idNumber, crypto.blindIndex(idNumber), fields, null);
    }

    private Found entity(EntityRecord entity) {
        return new Found(SubjectKind.ENTITY, entity.creditCode().value(), crypto.blindIndex(entity.creditCode().value()),
                entity.fields(), crypto.blindIndex(entity.legalRepresentative().value()));
    }

    private static void refuseIf(List<RuleViolation> broken) {
        if (!broken.isEmpty()) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST, broken);
        }
    }
}
