package org.yiwang.registry;

import org.yiwang.common.DivisionCode;
import org.yiwang.common.IdNumber;
import org.yiwang.crypto.CryptoService;

/**
 * Turns a checked person into the values stored for him and back: encrypts the ID number and phone with
 * SM4, indexes the ID number with the keyed SM3 blind index, and derives sex and birth date. Pure apart
 * from the keys, so a bulk loader can use it on many threads.
 */
public final class PersonCodec {

    private final CryptoService crypto;

    public PersonCodec(CryptoService crypto) {
        this.crypto = crypto;
    }

    /** The blind index under which the person with this ID number is stored. */
    public String index(IdNumber idNumber) {
        return crypto.blindIndex(idNumber.value());
    }

    public StoredPerson encode(PersonRecord person) {
        return new StoredPerson(index(person.idNumber()), crypto.encrypt(person.idNumber().value()), person.name(),
                person.sex().name(), person.birthDate(), person.ethnicity().code(), person.householdDivision().value(),
                person.householdAddress(), person.currentAddress(),
                person.phone() == null ? null : crypto.encrypt(person.phone()), person.maritalStatus().code(),
                person.status().name());
    }

    public PersonRecord decode(StoredPerson stored) {
        return new PersonRecord(IdNumber.parse(crypto.decrypt(stored.idNumberEnc())), stored.name(),
                Ethnicity.ofCode(stored.ethnicity()).orElseThrow(), DivisionCode.parse(stored.householdDivision()),
                stored.householdAddress(), stored.currentAddress(),
                stored.phoneEnc() == null ? null : crypto.decrypt(stored.phoneEnc()),
                MaritalStatus.ofCode(stored.maritalStatus()).orElseThrow(), PersonStatus.valueOf(stored.status()));
    }
}
