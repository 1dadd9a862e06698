package org.yiwang.registry.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.common.CreditCode;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.IdNumber;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.crypto.CryptoService;
import org.yiwang.identity.DataScopes;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.registry.PersonCodec;
import org.yiwang.registry.PersonRecord;
import org.yiwang.registry.SubjectKind;

/**
 * Reads register records for other departments. Each answer is masked according to the reader's permission
 * and, in the same transaction, leaves a data-use record per subject it tells about.
 */
@Service
class RegisterReading {

    static final int MAX_SEARCH_RESULTS = 50;

    private final PersonRepository people;
    private final EntityRepository entities;
    private final EntityRecords entityRecords;
    private final PersonCodec codec;
    private final CryptoService crypto;
    private final DataUseChain dataUse;
    private final DataScopes scopes;
    private final OrganizationDirectory organization;
    private final SupplierNames supplierNames;

    RegisterReading(PersonRepository people, EntityRepository entities, EntityRecords entityRecords,
            PersonCodec codec, CryptoService crypto, DataUseChain dataUse, DataScopes scopes,
            OrganizationDirectory organization, SupplierNames supplierNames) {
        this.people = people;
        this.entities = entities;
        this.entityRecords = entityRecords;
        this.codec = codec;
        this.crypto = crypto;
        this.dataUse = dataUse;
        this.scopes = scopes;
        this.organization = organization;
        this.supplierNames = supplierNames;
    }

    @Transactional
    PersonView person(String idNumber, String purpose, Reader reader) {
        String why = Purpose.check(purpose);
        IdNumber id = parseIdNumber(idNumber);
        PersonRow row = people.byIndex(codec.index(id)).orElseThrow(RegisterReading::personNotFound);
        return recorded(row, why, reader);
    }

    @Transactional
    PersonView person(long personId, String purpose, Reader reader) {
        String why = Purpose.check(purpose);
        PersonRow row = people.byId(personId).orElseThrow(RegisterReading::personNotFound);
        return recorded(row, why, reader);
    }

    /** People of exactly this name whose household lies in a division of a department in the reader's data scope. */
    @Transactional
    List<PersonView> personsNamed(String name, String purpose, Reader reader) {
        String why = Purpose.check(purpose);
        if (name == null || name.isBlank()) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST,
                    List.of(RuleViolation.of("name", "registry.name-search.required")));
        }
        Set<String> divisions = new LinkedHashSet<>();
        for (long department : scopes.departments(reader.principal())) {
            organization.department(department).map(Department::divisionCode).ifPresent(divisions::add);
        }
        if (divisions.isEmpty()) {
            return List.of();
        }
        return people.byNameIn(name.strip(), divisions, MAX_SEARCH_RESULTS).stream()
                .map(row -> recorded(row, why, reader)).toList();
    }

    @Transactional
    EntityView entity(String creditCode, String purpose, Reader reader) {
        String why = Purpose.check(purpose);
        CreditCode code = parseCreditCode(creditCode);
        EntityRow row = entities.byCreditCode(code.value()).orElseThrow(() -> new RuleViolationException(
                HttpStatus.NOT_FOUND, List.of(RuleViolation.of("creditCode", "registry.entity.not-found"))));
        var entity = entityRecords.of(row);
        boolean masked = !reader.fullView();
        UUID message = UUID.randomUUID();
        IdNumber representative = entity.legalRepresentative();
        EntityView view = new EntityView(row.id(), entity.creditCode().value(), entity.name(), entity.type().name(),
                masked ? Masking.name(row.representativeName()) : row.representativeName(),
                masked ? representative.masked() : representative.value(), entity.registeredCapital(),
                entity.establishedOn(), entity.registrationAuthority(), entity.domicileDivision().value(),
                divisionName(entity.domicileDivision()), entity.domicileAddress(), entity.businessScope(),
                entity.status().name(), departmentName(row.suppliedBy()), row.changedAt(), masked, message);
        dataUse.append(new DataUseChain.Use(reader.account(), reader.departmentId(), why, SubjectKind.ENTITY,
                crypto.blindIndex(code.value()), view.returnedFields(), message));
        dataUse.append(new DataUseChain.Use(reader.account(), reader.departmentId(), why, SubjectKind.PERSON,
                codec.index(representative), view.representativeFields(), message));
        return view;
    }

    /** The entity with this register id, as {@link #entity(String, String, Reader)} shows it. */
    @Transactional
    EntityView entity(long entityId, String purpose, Reader reader) {
        EntityRow row = entities.byId(entityId).orElseThrow(() -> new RuleViolationException(HttpStatus.NOT_FOUND,
                List.of(RuleViolation.of("entityId", "registry.entity.not-found"))));
        return entity(row.creditCode(), purpose, reader);
    }

    /** A citizen's own record, in the clear; reading one's own data is not a use of it by someone else. */
    @Transactional(readOnly = true)
    Optional<PersonView> own(String idNumberIndex) {
        return people.byIndex(idNumberIndex).map(row -> view(row, false, null));
    }

    private PersonView recorded(PersonRow row, String purpose, Reader reader) {
        PersonView view = view(row, !reader.fullView(), UUID.randomUUID());
        dataUse.append(new DataUseChain.Use(reader.account(), reader.departmentId(), purpose, SubjectKind.PERSON,
                row.stored().idNumberIndex(), view.returnedFields(), view.messageId()));
        return view;
    }

    private PersonView view(PersonRow row, boolean masked, UUID message) {
        PersonRecord p = codec.decode(row.stored());
        return new PersonView(row.id(),
                masked ? p.idNumber().masked() : p.idNumber().value(),
                masked ? Masking.name(p.name()) : p.name(),
                p.sex().name(), masked ? null : p.birthDate(), p.ethnicity().code(), p.ethnicity().nameZh(),
                p.householdDivision().value(), divisionName(p.householdDivision()),
                masked ? Masking.address(p.householdAddress()) : p.householdAddress(),
                masked ? Masking.address(p.currentAddress()) : p.currentAddress(),
                masked ? Masking.phone(p.phone()) : p.phone(),
                p.maritalStatus().code(), p.status().name(), departmentName(row.suppliedBy()), row.changedAt(),
                masked, message);
    }

    private String divisionName(DivisionCode code) {
        return organization.nameOf(code).orElse(code.value());
    }

    private String departmentName(long departmentId) {
        return supplierNames.of(departmentId);
    }

    private static IdNumber parseIdNumber(String input) {
        try {
            return IdNumber.parse(input);
        } catch (RuleViolationException e) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST, e.forField("idNumber").violations());
        }
    }

    private static CreditCode parseCreditCode(String input) {
        try {
            return CreditCode.parse(input);
        } catch (RuleViolationException e) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST, e.forField("creditCode").violations());
        }
    }

    private static RuleViolationException personNotFound() {
        return new RuleViolationException(HttpStatus.NOT_FOUND,
                List.of(RuleViolation.of("idNumber", "registry.person.not-found")));
    }
}
