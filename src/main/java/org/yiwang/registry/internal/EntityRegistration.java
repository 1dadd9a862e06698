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
import org.yiwang.common.CreditCode;
import org.yiwang.common.IdNumber;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.registry.ChangeSource;
import org.yiwang.registry.EntityChanged;
import org.yiwang.registry.EntityId;
import org.yiwang.registry.EntityInput;
import org.yiwang.registry.EntityRecord;
import org.yiwang.registry.EntityRules;
import org.yiwang.registry.LegalEntityRegister;
import org.yiwang.registry.PersonCodec;

@Service
class EntityRegistration implements LegalEntityRegister {

    private final EntityRepository entities;
    private final PersonRepository people;
    private final EntityRules rules;
    private final PersonCodec codec;
    private final EntityRecords records;
    private final History history;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RegistryDigests digests;

    EntityRegistration(EntityRepository entities, PersonRepository people, EntityRules rules, PersonCodec codec,
            EntityRecords records, History history, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
            RegistryDigests digests) {
        this.digests = digests;
        this.entities = entities;
        this.people = people;
        this.rules = rules;
        this.codec = codec;
        this.records = records;
        this.history = history;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public EntityId register(EntityInput input, ChangeSource source) {
        EntityRecord entity = rules.validate(input);
        long representative = representative(entity.legalRepresentative());
        if (entities.byCreditCode(entity.creditCode().value()).isPresent()) {
            throw duplicate();
        }
        Instant now = now();
        long id;
        try {
            id = entities.insert(entity, digests.entity(entity), representative, source.departmentId(), now);
        } catch (DuplicateKeyException raced) {
            throw duplicate();
        }
        Set<String> fields = entity.fields().keySet();
        history.write(History.Table.ENTITY, id, 1, now, source, History.Kind.REGISTERED, fields, new HashMap<>(),
                entity.fields(), EntityRecord.SENSITIVE_FIELDS);
        audit.recordAs(source.actor(), "registry.entity.register", target(id), AuditOutcome.SUCCESS,
                entity.creditCode().value());
        events.publishEvent(new EntityChanged(new EntityId(id), entity.creditCode().value(), fields, now));
        return new EntityId(id);
    }

    @Override
    @Transactional
    public Set<String> update(EntityId id, EntityInput input, ChangeSource source) {
        EntityRow current = entities.byIdForUpdate(id.value()).orElseThrow(() -> new RuleViolationException(
                HttpStatus.NOT_FOUND, List.of(RuleViolation.of("entityId", "registry.entity.not-found"))));
        EntityRecord entity = rules.validate(input);
        long representative = representative(entity.legalRepresentative());
        EntityRecord before = records.of(current);
        Set<String> changed = entity.changedFrom(before);
        if (changed.isEmpty()) {
            return changed;
        }
        if (changed.contains("creditCode") && entities.byCreditCode(entity.creditCode().value())
                .filter(other -> other.id() != id.value()).isPresent()) {
            throw duplicate();
        }
        Instant now = now();
        int version = current.version() + 1;
        entities.update(id.value(), entity, digests.entity(entity), representative, source.departmentId(), now,
                version);
        history.write(History.Table.ENTITY, id.value(), version, now, source, History.Kind.UPDATED, changed,
                before.fields(), entity.fields(), EntityRecord.SENSITIVE_FIELDS);
        audit.recordAs(source.actor(), "registry.entity.update", target(id.value()), AuditOutcome.SUCCESS,
                "changed " + String.join(",", changed));
        events.publishEvent(new EntityChanged(id, entity.creditCode().value(), changed, now));
        return changed;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EntityId> find(CreditCode creditCode) {
        return entities.byCreditCode(creditCode.value()).map(row -> new EntityId(row.id()));
    }

    private long representative(IdNumber idNumber) {
        return people.byIndex(codec.index(idNumber)).map(PersonRow::id).orElseThrow(
                () -> RuleViolationException.of("legalRepresentativeIdNumber", "registry.representative.unknown"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String target(long id) {
        return "legal-entity:" + id;
    }

    private static RuleViolationException duplicate() {
        return RuleViolationException.conflict("creditCode", "registry.entity.duplicate");
    }
}
