package org.yiwang.registry.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.common.CreditCode;
import org.yiwang.crypto.CryptoService;
import org.yiwang.registry.ConsentedReads;
import org.yiwang.registry.EntityRecord;
import org.yiwang.registry.PersonCodec;
import org.yiwang.registry.PersonRecord;
import org.yiwang.registry.SubjectKind;

/** {@link ConsentedReads}: the record in the clear, and a data-use record in the same transaction. */
@Service
class ConsentedRegisterReads implements ConsentedReads {

    private final PersonRepository people;
    private final EntityRepository entities;
    private final EntityRecords entityRecords;
    private final PersonCodec codec;
    private final CryptoService crypto;
    private final DataUseChain dataUse;

    ConsentedRegisterReads(PersonRepository people, EntityRepository entities, EntityRecords entityRecords,
            PersonCodec codec, CryptoService crypto, DataUseChain dataUse) {
        this.people = people;
        this.entities = entities;
        this.entityRecords = entityRecords;
        this.codec = codec;
        this.crypto = crypto;
        this.dataUse = dataUse;
    }

    @Override
    @Transactional
    public Optional<PersonRecord> person(String idNumberIndex, String purpose, String reader, Long readerDepartmentId,
            List<String> fields) {
        String why = Purpose.check(purpose);
        return people.byIndex(idNumberIndex).map(row -> {
            dataUse.append(new DataUseChain.Use(reader, readerDepartmentId, why, SubjectKind.PERSON, idNumberIndex,
                    fields, UUID.randomUUID()));
            return codec.decode(row.stored());
        });
    }

    @Override
    @Transactional
    public Optional<EntityRecord> entity(CreditCode creditCode, String purpose, String reader, Long readerDepartmentId,
            List<String> fields) {
        String why = Purpose.check(purpose);
        return entities.byCreditCode(creditCode.value()).map(row -> {
            dataUse.append(new DataUseChain.Use(reader, readerDepartmentId, why, SubjectKind.ENTITY,
                    crypto.blindIndex(creditCode.value()), fields, UUID.randomUUID()));
            return entityRecords.of(row);
        });
    }
}
