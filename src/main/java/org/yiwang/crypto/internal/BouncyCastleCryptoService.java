package org.yiwang.crypto.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.DataLengthException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.yiwang.crypto.CryptoException;
import org.yiwang.crypto.CryptoService;
import org.yiwang.crypto.Sm2Signature;

/**
 * BouncyCastle behind {@link CryptoService}. Initialising a signer, a verifier, a MAC or a cipher costs far more
 * than using it on a short field, so each thread keeps its own, set up once per key: the HMAC-SM3 of the blind index
 * keeps its keyed inner and outer SM3 states (BouncyCastle's {@code HMac} restores them from copies instead of
 * re-keying), and each SM4-GCM cipher keeps its key schedule and GHASH tables, re-initialised for every field with
 * a null key, which BouncyCastle reads as "same key, new nonce". Each thread counts its nonces after a random
 * prefix of its own ({@link Nonces}), so that encrypting threads neither queue on one lock nor pay for a random draw
 * per field.
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
    private final Map<Integer, byte[]> fieldKeys = new HashMap<>();
    private final byte[] indexKey;
    private final ThreadLocal<HMac> indexMac;
    private final ThreadLocal<Map<String, Signature>> signers = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<Map<String, Signature>> verifiers = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<FieldCiphers> ciphers = ThreadLocal.withInitial(FieldCiphers::new);
    private final ThreadLocal<Nonces> nonces = ThreadLocal.withInitial(Nonces::new);

    BouncyCastleCryptoService(CryptoProperties properties) {
        this.keystore = PlatformKeystore.open(properties.keystore());
        List<Integer> numbers = keystore.fieldKeyNumbers();
        if (numbers.isEmpty()) {
            throw new CryptoException("The keystore holds no SM4 field key (alias sm4-1, sm4-2, ...)");
        }
        numbers.forEach(n -> fieldKeys.put(n, keystore.secret("sm4-" + n, "SM4").getEncoded()));
        this.currentFieldKey = numbers.get(numbers.size() - 1);
        this.indexKey = keystore.secret("hmac-index", "HMACSM3").getEncoded();
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
        HMac mac = indexMac.get();
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        mac.update(bytes, 0, bytes.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    @Override
    public String encrypt(String plaintext) {
        byte[] plain = plaintext.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[2 + IV_BYTES + plain.length + TAG_BITS / 8];
        out[0] = FORMAT;
        out[1] = (byte) currentFieldKey;
        nonces.get().next(out, 2);
        GCMModeCipher cipher = ciphers.get().init(currentFieldKey, true, out, 2);
        int n = cipher.processBytes(plain, 0, plain.length, out, 2 + IV_BYTES);
        try {
            cipher.doFinal(out, 2 + IV_BYTES + n);
        } catch (InvalidCipherTextException | IllegalStateException e) {
            throw new CryptoException("SM4 encryption failed", e);
        }
        return Base64.getEncoder().encodeToString(out);
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
        int keyNumber = Byte.toUnsignedInt(bytes[1]);
        if (!fieldKeys.containsKey(keyNumber)) {
            throw new CryptoException("Field key sm4-" + keyNumber + " is not in the keystore");
        }
        GCMModeCipher cipher = ciphers.get().init(keyNumber, false, bytes, 2);
        int sealed = bytes.length - 2 - IV_BYTES;
        byte[] plain = new byte[cipher.getOutputSize(sealed)];
        try {
            int n = cipher.processBytes(bytes, 2 + IV_BYTES, sealed, plain, 0);
            cipher.doFinal(plain, n);
        } catch (InvalidCipherTextException e) {
            throw new CryptoException("Field ciphertext was altered", e);
        } catch (IllegalStateException | DataLengthException e) {
            throw new CryptoException("SM4 decryption failed", e);
        }
        return new String(plain, StandardCharsets.UTF_8);
    }

    /**
     * One thread's SM4-GCM ciphers, one per field key, each keyed once. The header (format and key number) is
     * authenticated as associated data, as it always was, so ciphertexts of either implementation read the same.
     */
    private final class FieldCiphers {

        private final Map<Integer, GCMModeCipher> keyed = new HashMap<>();

        /** The cipher of a key, ready for the nonce at {@code field[at..at+12)} and the header before it. */
        GCMModeCipher init(int keyNumber, boolean encrypt, byte[] field, int at) {
            GCMModeCipher cipher = keyed.get(keyNumber);
            KeyParameter key = null;
            if (cipher == null) {
                cipher = GCMBlockCipher.newInstance(new SM4Engine());
                key = new KeyParameter(fieldKeys.get(keyNumber));
                keyed.put(keyNumber, cipher);
            }
            byte[] nonce = Arrays.copyOfRange(field, at, at + IV_BYTES);
            byte[] header = {FORMAT, (byte) keyNumber};
            try {
                cipher.init(encrypt, new AEADParameters(key, TAG_BITS, nonce, header));
            } catch (IllegalArgumentException e) {
                keyed.remove(keyNumber);
                throw new CryptoException("SM4-GCM cannot be initialised", e);
            }
            return cipher;
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

    /**
     * 96-bit GCM nonces of a thread: a random 64-bit prefix drawn from the platform's generator, followed by a 32-bit
     * counter (the deterministic construction of NIST SP 800-38D, 8.2.1, with a random fixed field). A prefix serves
     * 2^32 nonces and is then drawn afresh, so a nonce repeats under a key only if two of the prefixes ever drawn
     * collide: about one chance in 2^64 for every pair, where drawing all 96 bits at random for every field would cost
     * a DRBG call each.
     */
    private final class Nonces {

        private final byte[] prefix = new byte[8];
        private int counter;

        Nonces() {
            random.nextBytes(prefix);
        }

        /** Writes the next nonce into {@code out} at {@code at}; no nonce is handed out twice. */
        void next(byte[] out, int at) {
            System.arraycopy(prefix, 0, out, at, 8);
            int n = counter++;
            out[at + 8] = (byte) (n >>> 24);
            out[at + 9] = (byte) (n >>> 16);
            out[at + 10] = (byte) (n >>> 8);
            out[at + 11] = (byte) n;
            if (counter == 0) {
                random.nextBytes(prefix);
            }
        }
    }

    private HMac newIndexMac() {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(indexKey));
        return mac;
    }
}
