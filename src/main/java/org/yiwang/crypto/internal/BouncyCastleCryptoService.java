package org.yiwang.crypto.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.yiwang.crypto.CryptoException;
import org.yiwang.crypto.CryptoService;
import org.yiwang.crypto.Sm2Signature;

/**
 * BouncyCastle behind {@link CryptoService}. Initialising a signer, a verifier or a MAC costs far more than
 * using it, so each thread keeps its own, initialised once per key; each thread likewise keeps one SM4-GCM
 * cipher, re-initialised with a fresh IV for every field.
 *
 * <p>Field ciphertext: {@code base64( version=1 | key number | 12-byte IV | SM4-GCM ciphertext+tag )}.
 */
@Service
@EnableConfigurationProperties(CryptoProperties.class)
class BouncyCastleCryptoService implements CryptoService {

    private static final byte FORMAT = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PlatformKeystore keystore;
    private final SecureRandom random = new SecureRandom();
    private final int currentFieldKey;
    private final Map<Integer, SecretKey> fieldKeys = new HashMap<>();
    private final SecretKey indexKey;
    private final ThreadLocal<Mac> indexMac;
    private final ThreadLocal<Map<String, Signature>> signers = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<Map<String, Signature>> verifiers = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(BouncyCastleCryptoService::newCipher);

    BouncyCastleCryptoService(CryptoProperties properties) {
        this.keystore = PlatformKeystore.open(properties.keystore());
        List<Integer> numbers = keystore.fieldKeyNumbers();
        if (numbers.isEmpty()) {
            throw new CryptoException("The keystore holds no SM4 field key (alias sm4-1, sm4-2, ...)");
        }
        numbers.forEach(n -> fieldKeys.put(n, keystore.secret("sm4-" + n, "SM4")));
        this.currentFieldKey = numbers.get(numbers.size() - 1);
        this.indexKey = keystore.secret("hmac-index", "HMACSM3");
        this.indexMac = ThreadLocal.withInitial(this::newIndexMac);
    }

    @Override
    public byte[] sm3(byte[] data) {
        SM3Digest digest = new SM3Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    @Override
    public String sm3Hex(byte[] data) {
        return HexFormat.of().formatHex(sm3(data));
    }

    @Override
    public String blindIndex(String value) {
        return HexFormat.of().formatHex(indexMac.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String encrypt(String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, fieldKeys.get(currentFieldKey), new GCMParameterSpec(TAG_BITS, iv));
            byte[] header = {FORMAT, (byte) currentFieldKey};
            cipher.updateAAD(header);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(header.length + IV_BYTES + sealed.length);
            out.put(header).put(iv).put(sealed);
            return Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new CryptoException("SM4 encryption failed", e);
        }
    }

    @Override
    public String decrypt(String ciphertext) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(ciphertext);
        } catch (IllegalArgumentException e) {
            throw new CryptoException("Not a field ciphertext", e);
        }
        if (bytes.length < 2 + IV_BYTES + TAG_BITS / 8 || bytes[0] != FORMAT) {
            throw new CryptoException("Not a field ciphertext");
        }
        SecretKey key = fieldKeys.get(Byte.toUnsignedInt(bytes[1]));
        if (key == null) {
            throw new CryptoException("Field key sm4-" + Byte.toUnsignedInt(bytes[1]) + " is not in the keystore");
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 2, IV_BYTES));
            cipher.updateAAD(bytes, 0, 2);
            byte[] plain = cipher.doFinal(bytes, 2 + IV_BYTES, bytes.length - 2 - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new CryptoException("Field ciphertext was altered", e);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("SM4 decryption failed", e);
        }
    }

    @Override
    public Sm2Signature sign(byte[] data) {
        return sign(PlatformKeystore.PLATFORM_SIGNING, data);
    }

    @Override
    public Sm2Signature sign(String keyId, byte[] data) {
        Signature signer = signers.get().computeIfAbsent(keyId, this::newSigner);
        try {
            signer.update(data);
            return new Sm2Signature(keyId, signer.sign());
        } catch (GeneralSecurityException e) {
            signers.get().remove(keyId);
            throw new CryptoException("SM2 signing failed", e);
        }
    }

    @Override
    public boolean verify(byte[] data, Sm2Signature signature) {
        if (!keystore.hasSigningKey(signature.keyId())) {
            return false;
        }
        Signature verifier = verifiers.get().computeIfAbsent(signature.keyId(), this::newVerifier);
        try {
            verifier.update(data);
            return verifier.verify(signature.value());
        } catch (GeneralSecurityException e) {
            verifiers.get().remove(signature.keyId());
            return false;
        }
    }

    @Override
    public boolean verify(byte[] data, byte[] signature, PublicKey publicKey) {
        try {
            Signature verifier = Signature.getInstance(Sm2Signature.ALGORITHM, BouncyCastle.PROVIDER);
            verifier.initVerify(publicKey);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public synchronized X509Certificate ensureSigningKey(String keyId, String subject) {
        if (!keystore.hasSigningKey(keyId)) {
            try {
                keystore.putSigningKey(keyId, subject);
                keystore.save();
            } catch (GeneralSecurityException | IOException e) {
                throw new CryptoException("Cannot create signing key " + keyId, e);
            }
        }
        return keystore.certificate(keyId);
    }

    @Override
    public X509Certificate certificate(String keyId) {
        return keystore.certificate(keyId);
    }

    @Override
    public String publicKeyPem(String keyId) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(keystore.certificate(keyId).getPublicKey());
        } catch (IOException e) {
            throw new CryptoException("Cannot write the public key of " + keyId, e);
        }
        return out.toString();
    }

    @Override
    public String platformKeyId() {
        return PlatformKeystore.PLATFORM_SIGNING;
    }

    private Signature newSigner(String keyId) {
        try {
            Signature signer = Signature.getInstance(Sm2Signature.ALGORITHM, BouncyCastle.PROVIDER);
            signer.initSign(keystore.signingKey(keyId), random);
            return signer;
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot initialise the SM2 signer for " + keyId, e);
        }
    }

    private Signature newVerifier(String keyId) {
        try {
            Signature verifier = Signature.getInstance(Sm2Signature.ALGORITHM, BouncyCastle.PROVIDER);
            verifier.initVerify(keystore.certificate(keyId).getPublicKey());
            return verifier;
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot initialise the SM2 verifier for " + keyId, e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("SM4/GCM/NoPadding", BouncyCastle.PROVIDER);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("SM4-GCM is not available", e);
        }
    }

    private Mac newIndexMac() {
        try {
            Mac mac = Mac.getInstance("HMACSM3", BouncyCastle.PROVIDER);
            mac.init(indexKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot initialise HMAC-SM3", e);
        }
    }
}
