package org.yiwang.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.IdNumber;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.registry.ChangeSource;
import org.yiwang.registry.PersonChanged;
import org.yiwang.registry.PersonCodec;
import org.yiwang.registry.PersonId;
import org.yiwang.registry.PersonInput;
import org.yiwang.registry.PersonRecord;
import org.yiwang.registry.PersonRules;
import org.yiwang.registry.PopulationRegister;
import org.yiwang.registry.StoredPerson;

@Service
class PersonRegistration implements PopulationRegister {

    private final PersonRepository people;
    private final PersonRules rules;
    private final PersonCodec codec;
    private final History history;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RegistryDigests digests;

    PersonRegistration(PersonRepository people, PersonRules rules, PersonCodec codec, History history, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock, RegistryDigests digests) {
        this.digests = digests;
        this.people = people;
        this.rules = rules;
        this.codec = codec;
        this.history = history;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PersonId register(PersonInput input, ChangeSource source) {
        PersonRecord person = rules.validate(input);
        StoredPerson stored = codec.encode(person);
        if (people.byIndex(stored.idNumberIndex()).isPresent()) {
            throw duplicate();
        }
        Instant now = now();
        long id;
        try {
            id = people.insert(stored, phoneIndex(person), source.departmentId(), now);
        } catch (DuplicateKeyException raced) {
            throw duplicate();
        }
        Set<String> fields = person.fields().keySet();
        history.write(History.Table.PERSON, id, 1, now, source, History.Kind.REGISTERED, fields, new HashMap<>(),
                person.fields(), PersonRecord.SENSITIVE_FIELDS);
        audit.recordAs(source.actor(), "registry.person.register", target(id), AuditOutcome.SUCCESS,
                "department " + source.departmentId());
        events.publishEvent(new PersonChanged(new PersonId(id), stored.idNumberIndex(), fields, now));
        return new PersonId(id);
    }

    @Override
    @Transactional
    public Set<String> update(PersonId id, PersonInput input, ChangeSource source) {
        PersonRow current = people.byIdForUpdate(id.value())
                .orElseThrow(() -> new RuleViolationException(HttpStatus.NOT_FOUND,
                        List.of(RuleViolation.of("personId", "registry.person.not-found"))));
        PersonRecord person = rules.validate(input);
        PersonRecord before = codec.decode(current.stored());
        Set<String> changed = person.changedFrom(before);
        if (changed.isEmpty()) {
            return changed;
        }
        StoredPerson stored = codec.encode(person);
        if (changed.contains(PersonRecord.ID_NUMBER)
                && people.byIndex(stored.idNumberIndex()).filter(other -> other.id() != id.value()).isPresent()) {
            throw duplicate();
        }
        Instant now = now();
        int version = current.version() + 1;
        people.update(id.value(), stored, phoneIndex(person), source.departmentId(), now, version);
        history.write(History.Table.PERSON, id.value(), version, now, source, History.Kind.UPDATED, changed,
                before.fields(), person.fields(), PersonRecord.SENSITIVE_FIELDS);
        audit.recordAs(source.actor(), "registry.person.update", target(id.value()), AuditOutcome.SUCCESS,
                "changed " + String.join(",", changed));
        events.publishEvent(new PersonChanged(id, stored.idNumberIndex(), changed, now));
        return changed;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonId> find(IdNumber idNumber) {
        return people.byIndex(codec.index(idNumber)).map(row -> new PersonId(row.id()));
    }

    private String phoneIndex(PersonRecord person) {
        return digests.phone(person.phone());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String target(long id) {
        return "person:" + id;
    }

    private static RuleViolationException duplicate() {
        return RuleViolationException.conflict("idNumber", "registry.person.duplicate");
    }
}
