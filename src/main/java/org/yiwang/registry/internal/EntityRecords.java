package org.yiwang.registry.internal;

import org.springframework.stereotype.Component;
import org.yiwang.common.CreditCode;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.IdNumber;
import org.yiwang.crypto.CryptoService;
import org.yiwang.registry.EntityRecord;
import org.yiwang.registry.EntityStatus;
import org.yiwang.registry.EntityType;

/** A stored entity as checked values again, its representative's ID number decrypted. */
@Component
class EntityRecords {

    private final CryptoService crypto;

    EntityRecords(CryptoService crypto) {
        this.crypto = crypto;
    }

    EntityRecord of(EntityRow row) {
        return new EntityRecord(CreditCode.parse(row.creditCode()), row.name(), EntityType.valueOf(row.type()),
                IdNumber.parse(crypto.decrypt(row.representativeIdNumberEnc())), row.registeredCapital(),
                row.establishedOn(), row.registrationAuthority(), DivisionCode.parse(row.domicileDivision()),
                row.domicileAddress(), row.businessScope(), EntityStatus.valueOf(row.status()));
    }
}
