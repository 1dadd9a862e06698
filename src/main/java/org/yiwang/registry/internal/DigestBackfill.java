package org.yiwang.registry.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.registry.PersonCodec;

/**
 * Gives the records stored before the keyed digests existed their digests (a person his phone index, a legal entity
 * its content digest), a thousand per transaction, so that a bulk import compares them like any other. Does nothing
 * once every row has them.
 */
@Component
@Order(20)
class DigestBackfill implements ApplicationRunner {

    private static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(DigestBackfill.class);

    private final PersonRepository people;
    private final EntityRepository entities;
    private final PersonCodec codec;
    private final EntityRecords entityRecords;
    private final RegistryDigests digests;
    private final TransactionTemplate transaction;

    DigestBackfill(PersonRepository people, EntityRepository entities, PersonCodec codec, EntityRecords entityRecords,
            RegistryDigests digests, PlatformTransactionManager transactions) {
        this.people = people;
        this.entities = entities;
        this.codec = codec;
        this.entityRecords = entityRecords;
        this.digests = digests;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        long filled = 0;
        int done;
        do {
            done = transaction.execute(status -> {
                List<PersonRow> rows = people.withoutPhoneIndex(BATCH);
                for (PersonRow row : rows) {
                    people.setPhoneIndex(row.id(), digests.phone(codec.decode(row.stored()).phone()));
                }
                List<EntityRow> entityRows = entities.withoutDigest(BATCH);
                entityRows.forEach(row -> entities.setDigest(row.id(), digests.entity(entityRecords.of(row))));
                return rows.size() + entityRows.size();
            });
            filled += done;
        } while (done > 0);
        if (filled > 0) {
            log.info("Register records given their phone index or content digest: {}", filled);
        }
    }
}
