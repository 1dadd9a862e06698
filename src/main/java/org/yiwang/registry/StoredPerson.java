package org.yiwang.registry;

import java.time.LocalDate;

/**
 * The column values of one {@code registry.person} row, as {@link PersonCodec} makes them: what a bulk
 * loader writes (COPY into staging, then upsert on {@code idNumberIndex}).
 *
 * @param idNumberIndex {@code id_number_index}: keyed HMAC-SM3 of the ID number, 64 hex characters
 * @param idNumberEnc {@code id_number_enc}: the ID number, SM4-GCM encrypted
 * @param sex {@code sex}: {@code MALE} or {@code FEMALE}, from the ID number
 * @param birthDate {@code birth_date}, from the ID number
 * @param ethnicity {@code ethnicity}: GB 3304 code
 * @param phoneEnc {@code phone_enc}: SM4-GCM encrypted, or null
 * @param maritalStatus {@code marital_status}: GB/T 2261.2 code
 * @param status {@code status}: a {@link PersonStatus} name
 */
public record StoredPerson(String idNumberIndex, String idNumberEnc, String name, String sex, LocalDate birthDate,
        String ethnicity, String householdDivision, String householdAddress, String currentAddress, String phoneEnc,
        String maritalStatus, String status) {
}
