package org.yiwang.exchange.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yiwang.common.CreditCode;
import org.yiwang.crypto.CryptoService;
import org.yiwang.registry.DataUseChannel;
import org.yiwang.registry.DataUseEntry;
import org.yiwang.registry.DataUseLog;
import org.yiwang.registry.EntitiesChanged;
import org.yiwang.registry.EntityChanged;
import org.yiwang.registry.PersonChanged;
import org.yiwang.registry.PersonId;
import org.yiwang.registry.PersonsChanged;
import org.yiwang.registry.SubjectKind;

/**
 * Turns register changes into subscription messages: for every active subscription to the changed register
 * whose granted items include a changed field, the granted fields' current values go into one message,
 * queued (encrypted) for the callback, with a data-use record in the same transaction. The message is built
 * once, so every retry sends the same signed bytes. A bulk import's batch event ({@link PersonsChanged},
 * {@link EntitiesChanged}) is one transaction for up to 10,000 records: the subscriptions are looked up once for the
 * batch, and a batch that no subscription cares about costs nothing more.
 */
@Component
class RegisterChangeSubscriptions {

    static final String ACCOUNT = "exchange-subscription";

    private final GrantRepository grants;
    private final RegisterSources sources;
    private final SubscriptionDeliveries deliveries;
    private final DataUseLog dataUse;
    private final CryptoService crypto;
    private final ObjectMapper json;
    private final Clock clock;

    RegisterChangeSubscriptions(GrantRepository grants, RegisterSources sources, SubscriptionDeliveries deliveries,
            DataUseLog dataUse, CryptoService crypto, ObjectMapper json, Clock clock) {
        this.grants = grants;
        this.sources = sources;
        this.deliveries = deliveries;
        this.dataUse = dataUse;
        this.crypto = crypto;
        this.json = json;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PersonChanged event) {
        queue(RegisterSources.PERSON, event.changedFields(), "PERSON_CHANGED", event.at(),
                () -> sources.person(event.personId()));
    }

    @ApplicationModuleListener
    void on(EntityChanged event) {
        queue(RegisterSources.ENTITY, event.changedFields(), "ENTITY_CHANGED", event.at(),
                () -> sources.entity(CreditCode.parse(event.creditCode())));
    }

    @ApplicationModuleListener
    void on(PersonsChanged event) {
        Set<String> changed = touchedItems(event.changedFields());
        List<Grant> subscribed = subscribed(RegisterSources.PERSON, changed);
        if (subscribed.isEmpty()) {
            return;
        }
        for (PersonId person : event.personIds()) {
            sources.person(person)
                    .ifPresent(subject -> deliver(subscribed, changed, "PERSON_CHANGED", event.at(), subject));
        }
    }

    @ApplicationModuleListener
    void on(EntitiesChanged event) {
        Set<String> changed = touchedItems(event.changedFields());
        List<Grant> subscribed = subscribed(RegisterSources.ENTITY, changed);
        if (subscribed.isEmpty()) {
            return;
        }
        for (String code : event.creditCodes()) {
            sources.entity(CreditCode.parse(code))
                    .ifPresent(subject -> deliver(subscribed, changed, "ENTITY_CHANGED", event.at(), subject));
        }
    }

    private interface Lookup {
        Optional<RegisterSources.Found> find();
    }

    /** The catalog items a register change touches: derived and renamed fields included. */
    static Set<String> touchedItems(Set<String> changedFields) {
        Set<String> touched = new java.util.HashSet<>(changedFields);
        if (changedFields.contains("idNumber")) {
            touched.addAll(List.of("sex", "birthDate"));
        }
        if (changedFields.contains("legalRepresentative")) {
            touched.addAll(RegisterSources.REPRESENTATIVE_FIELDS);
        }
        return touched;
    }

    private void queue(String source, Set<String> changedFields, String kind, Instant changedAt, Lookup lookup) {
        Set<String> changed = touchedItems(changedFields);
        List<Grant> subscribed = subscribed(source, changed);
        if (subscribed.isEmpty()) {
            return;
        }
        lookup.find().ifPresent(subject -> deliver(subscribed, changed, kind, changedAt, subject));
    }

    /** The active subscriptions to a register whose granted items include one of the changed ones. */
    private List<Grant> subscribed(String source, Set<String> changed) {
        return grants.activeSubscriptions(source, LocalDate.now(clock)).stream()
                .filter(g -> g.items().stream().anyMatch(changed::contains)).toList();
    }

    private void deliver(List<Grant> subscribed, Set<String> changed, String kind, Instant changedAt,
            RegisterSources.Found subject) {
        for (Grant grant : subscribed) {
            UUID messageId = UUID.randomUUID();
            Instant now = clock.instant();
            Map<String, String> record = new LinkedHashMap<>();
            grant.items().stream().filter(subject.fields()::containsKey)
                    .forEach(item -> record.put(item, subject.fields().get(item)));
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("messageId", messageId.toString());
            message.put("event", kind);
            message.put("resourceCode", grant.resourceCode());
            message.put("grant", grant.id());
            message.put("changedAt", changedAt.toString());
            message.put("changedFields", grant.items().stream().filter(changed::contains).toList());
            message.put("record", record);
            deliveries.insert(grant.id(), messageId, subject.kind().name(), crypto.encrypt(write(message)), now);
            dataUse.append(new DataUseEntry(ACCOUNT + "#" + grant.id(), grant.consumerDepartmentId(), grant.purpose(),
                    subject.kind(), subject.subjectIndex(), List.copyOf(record.keySet()), messageId,
                    DataUseChannel.SUBSCRIPTION, grant.resourceCode(), grant.id()));
            List<String> representative = RegisterSources.representativeFields(List.copyOf(record.keySet()));
            if (subject.representativeIndex() != null && !representative.isEmpty()) {
                dataUse.append(new DataUseEntry(ACCOUNT + "#" + grant.id(), grant.consumerDepartmentId(),
                        grant.purpose(), SubjectKind.PERSON, subject.representativeIndex(), representative, messageId,
                        DataUseChannel.SUBSCRIPTION, grant.resourceCode(), grant.id()));
            }
        }
    }

    private String write(Map<String, Object> message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a subscription message", e);
        }
    }
}
