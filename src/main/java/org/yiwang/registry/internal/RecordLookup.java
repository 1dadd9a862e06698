package org.yiwang.registry.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.common.CreditCode;
import org.yiwang.common.IdNumber;
import org.yiwang.registry.EntityRecord;
import org.yiwang.registry.PersonCodec;
import org.yiwang.registry.PersonId;
import org.yiwang.registry.PersonRecord;
import org.yiwang.registry.RegisterRecords;

/** Batch lookups by blind index and credit code: one query for up to a gateway page of subjects. */
@Service
class RecordLookup implements RegisterRecords {

    private final PersonRepository people;
    private final EntityRepository entities;
    private final EntityRecords entityRecords;
    private final PersonCodec codec;

    RecordLookup(PersonRepository people, EntityRepository entities, EntityRecords entityRecords, PersonCodec codec) {
        this.people = people;
        this.entities = entities;
        this.entityRecords = entityRecords;
        this.codec = codec;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<IdNumber, PersonRecord> persons(Collection<IdNumber> idNumbers) {
        Map<String, IdNumber> byIndex = idNumbers.stream().distinct()
                .collect(Collectors.toMap(codec::index, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<IdNumber, PersonRecord> found = new LinkedHashMap<>();
        if (byIndex.isEmpty()) {
            return found;
        }
        for (PersonRow row : people.byIndexes(byIndex.keySet())) {
            found.put(byIndex.get(row.stored().idNumberIndex()), codec.decode(row.stored()));
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonRecord> person(PersonId id) {
        return people.byId(id.value()).map(row -> codec.decode(row.stored()));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<CreditCode, EntityRecord> entities(Collection<CreditCode> creditCodes) {
        Map<CreditCode, EntityRecord> found = new LinkedHashMap<>();
        if (creditCodes.isEmpty()) {
            return found;
        }
        for (EntityRow row : entities.byCreditCodes(creditCodes.stream().map(CreditCode::value).distinct().toList())) {
            EntityRecord entity = entityRecords.of(row);
            found.put(entity.creditCode(), entity);
        }
        return found;
    }
}
