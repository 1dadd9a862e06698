package org.yiwang.identity.internal;

import org.springframework.stereotype.Component;
import org.yiwang.crypto.CryptoService;

/**
 * Gives a staff member without a second factor a TOTP secret to scan. The secret is kept (encrypted)
 * from the first sign-in until its first code is accepted, so a reload does not invalidate a scanned code.
 */
@Component
class SecondFactorEnrolment {

    record Enrolment(String secret, String otpauthUri, String qrDataUri) {
    }

    private final AccountRepository accounts;
    private final CryptoService crypto;
    private final Totp totp;

    SecondFactorEnrolment(AccountRepository accounts, CryptoService crypto, Totp totp) {
        this.accounts = accounts;
        this.crypto = crypto;
        this.totp = totp;
    }

    Enrolment begin(Account account) {
        Account current = accounts.byId(account.id()).orElseThrow();
        String secret;
        if (current.totpSecretEnc() == null) {
            secret = totp.newSecret();
            accounts.setTotpSecret(current.id(), crypto.encrypt(secret));
        } else {
            secret = crypto.decrypt(current.totpSecretEnc());
        }
        String label = current.loginName();
        return new Enrolment(secret, totp.otpauthUri(secret, label), totp.qrDataUri(secret, label));
    }
}
