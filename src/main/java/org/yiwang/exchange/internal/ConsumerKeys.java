package org.yiwang.exchange.internal;

import java.io.IOException;
import java.io.StringReader;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.util.Optional;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** A consumer's SM2 public key in PEM (as {@code openssl pkey -pubout} writes it), or nothing if it is not one. */
final class ConsumerKeys {

    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private ConsumerKeys() {
    }

    static Optional<PublicKey> parse(String pem) {
        if (pem == null || pem.isBlank() || pem.length() > 4096) {
            return Optional.empty();
        }
        try (PEMParser parser = new PEMParser(new StringReader(pem.strip()))) {
            if (!(parser.readObject() instanceof SubjectPublicKeyInfo info)
                    || !X9ObjectIdentifiers.id_ecPublicKey.equals(info.getAlgorithm().getAlgorithm())
                    || !GMObjectIdentifiers.sm2p256v1.equals(info.getAlgorithm().getParameters())) {
                return Optional.empty();
            }
            PublicKey key = new JcaPEMKeyConverter().setProvider(PROVIDER).getPublicKey(info);
            return key instanceof ECPublicKey ? Optional.of(key) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
