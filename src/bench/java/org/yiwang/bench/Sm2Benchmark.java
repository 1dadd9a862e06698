package org.yiwang.bench;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
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
import org.yiwang.crypto.Sm2Signature;
import org.yiwang.crypto.internal.BouncyCastle;

/**
 * SM2 (SM3 digest, default user ID, DER signature) over 32 bytes, e.g. a document digest. The raw baseline is
 * BouncyCastle's SM2Signer on a key of the same curve, initialised once for signing and once for verifying.
 * The curve comes from {@code CustomNamedCurves}: the specialised field arithmetic that BouncyCastle's JCA
 * provider also uses for the keys it loads. The generic curve of {@code GMNamedCurves} is far slower and
 * would make the service look faster than the raw library.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class Sm2Benchmark {

    private final byte[] data = new byte[32];
    private Sm2Signature serviceSignature;
    private PublicKey platformKey;

    private final SM2Signer rawSigner = new SM2Signer();
    private final SM2Signer rawVerifier = new SM2Signer();
    private byte[] rawSignature;

    @Setup
    public void prepare(PlatformCrypto platform) throws CryptoException {
        new Random(2026).nextBytes(data);
        serviceSignature = platform.crypto.sign(data);
        platformKey = platform.crypto.certificate(platform.crypto.platformKeyId()).getPublicKey();

        X9ECParameters curve = CustomNamedCurves.getByName("sm2p256v1");
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(
                new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH()), new SecureRandom()));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        rawSigner.init(true, new ParametersWithRandom(pair.getPrivate(), new SecureRandom()));
        rawVerifier.init(false, pair.getPublic());
        rawSignature = rawSign();
        if (!rawVerify()) {
            throw new IllegalStateException("the raw SM2 baseline does not verify its own signature");
        }
    }

    @Benchmark
    public Sm2Signature serviceSign(PlatformCrypto platform) {
        return platform.crypto.sign(data);
    }

    @Benchmark
    public boolean serviceVerify(PlatformCrypto platform) {
        return platform.crypto.verify(data, serviceSignature);
    }

    @Benchmark
    public byte[] rawSign() throws CryptoException {
        rawSigner.update(data, 0, data.length);
        return rawSigner.generateSignature();
    }

    /**
     * Not a baseline but an explanation of the gap: the part of the service's verification that is not the
     * keystore lookup, i.e. a JCA verifier fetched and initialised for each signature (on one reused key object).
     */
    @Benchmark
    public boolean jcaVerifyInitialisedPerCall() throws GeneralSecurityException {
        Signature verifier = Signature.getInstance(Sm2Signature.ALGORITHM, BouncyCastle.PROVIDER);
        verifier.initVerify(platformKey);
        verifier.update(data);
        return verifier.verify(serviceSignature.value());
    }

    @Benchmark
    public boolean rawVerify() {
        rawVerifier.update(data, 0, data.length);
        return rawVerifier.verifySignature(rawSignature);
    }
}
