package org.yiwang.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yiwang.crypto.internal.BouncyCastle;

/**
 * SM4-GCM field encryption of a 32-byte value. The raw baseline is what any correct caller must do with
 * BouncyCastle directly: a fresh random 12-byte IV per encryption, one GCM cipher object re-initialised per
 * value; the service adds the JCA lookup, the key-number header as AAD and Base64.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class Sm4FieldBenchmark {

    static final String VALUE = "330106199001011234/13800138000AB";

    private String value = VALUE;
    private String ciphertext;

    private final SecureRandom random = new SecureRandom();
    private final GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
    private KeyParameter key;
    private byte[] plain;
    private byte[] rawIv;
    private byte[] rawSealed;
    private final byte[] iv = new byte[12];
    private final byte[] sealedOut = new byte[32 + 16];
    private final byte[] openedOut = new byte[32];
    private Cipher jcaCipher;
    private SecretKeySpec jcaKey;

    @Setup
    public void prepare(PlatformCrypto platform) throws GeneralSecurityException, InvalidCipherTextException {
        plain = value.getBytes(StandardCharsets.UTF_8);
        if (plain.length != 32) {
            throw new IllegalStateException("the benchmark value must be 32 bytes, not " + plain.length);
        }
        ciphertext = platform.crypto.encrypt(value);

        byte[] rawKey = new byte[16];
        random.nextBytes(rawKey);
        key = new KeyParameter(rawKey);
        rawIv = new byte[12];
        random.nextBytes(rawIv);
        gcm.init(true, new AEADParameters(key, 128, rawIv));
        rawSealed = new byte[gcm.getOutputSize(plain.length)];
        gcm.doFinal(rawSealed, gcm.processBytes(plain, 0, plain.length, rawSealed, 0));

        jcaCipher = Cipher.getInstance("SM4/GCM/NoPadding", BouncyCastle.PROVIDER);
        jcaKey = new SecretKeySpec(rawKey, "SM4");
    }

    @Benchmark
    public String serviceEncrypt(PlatformCrypto platform) {
        return platform.crypto.encrypt(value);
    }

    @Benchmark
    public String serviceDecrypt(PlatformCrypto platform) {
        return platform.crypto.decrypt(ciphertext);
    }

    @Benchmark
    public byte[] rawEncrypt() throws InvalidCipherTextException {
        random.nextBytes(iv);
        gcm.init(true, new AEADParameters(key, 128, iv));
        gcm.doFinal(sealedOut, gcm.processBytes(plain, 0, plain.length, sealedOut, 0));
        return sealedOut;
    }

    /**
     * Not a baseline but an explanation of the gap: a JCA cipher kept by the caller and re-initialised with a
     * fresh IV per value. The service fetches a new JCA cipher per value instead, and a new GCM cipher must
     * rebuild its GHASH multiplication tables for the key; a re-initialised one keeps them.
     */
    @Benchmark
    public byte[] jcaEncryptReusedCipher() throws GeneralSecurityException {
        random.nextBytes(iv);
        jcaCipher.init(Cipher.ENCRYPT_MODE, jcaKey, new GCMParameterSpec(128, iv));
        return jcaCipher.doFinal(plain);
    }

    @Benchmark
    public byte[] rawDecrypt() throws InvalidCipherTextException {
        gcm.init(false, new AEADParameters(key, 128, rawIv));
        gcm.doFinal(openedOut, gcm.processBytes(rawSealed, 0, rawSealed.length, openedOut, 0));
        return openedOut;
    }
}
