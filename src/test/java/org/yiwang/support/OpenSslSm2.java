package org.yiwang.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * The OpenSSL 3 command line as an independent second opinion on SM2 signatures (SM3 digest, DER
 * signature): what the platform signs, OpenSSL must verify, and the other way round. Tests call
 * {@link #available()} in an assumption first.
 *
 * <p>OpenSSL 3 does not assume a distinguishing ID for SM2; the platform (BouncyCastle) uses the GM/T 0009
 * default, so every call passes it explicitly.
 */
public final class OpenSslSm2 {

    /** The default SM2 user ID of GM/T 0009, BouncyCastle's default. */
    public static final String DEFAULT_DISTINGUISHING_ID = "1234567812345678";

    private static final long TIMEOUT_SECONDS = 30;

    private OpenSslSm2() {
    }

    /** What OpenSSL said about a signature. */
    public record Verification(boolean verified, String output) {
    }

    /** A signature OpenSSL made with a key it generated, and that key's public half in PEM. */
    public record Signed(byte[] signature, String publicKeyPem) {

        public PublicKey publicKey() {
            try (PEMParser parser = new PEMParser(new StringReader(publicKeyPem))) {
                return new JcaPEMKeyConverter().setProvider(new BouncyCastleProvider())
                        .getPublicKey((SubjectPublicKeyInfo) parser.readObject());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Whether an {@code openssl} command is on the PATH. */
    public static boolean available() {
        try {
            return run(Path.of("."), "openssl", "version").exitCode() == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** Lets OpenSSL verify a DER-encoded SM2 signature over {@code data} with a PEM public key. */
    public static Verification verify(Path workDir, byte[] data, byte[] derSignature, String publicKeyPem) {
        Path dir = freshDirectory(workDir);
        Path dataFile = write(dir.resolve("data"), data);
        Path signatureFile = write(dir.resolve("signature.der"), derSignature);
        Path keyFile = write(dir.resolve("public.pem"), publicKeyPem.getBytes(StandardCharsets.US_ASCII));
        Result result = run(dir, "openssl", "dgst", "-sm3",
                "-verify", keyFile.toString(),
                "-sigopt", "distid:" + DEFAULT_DISTINGUISHING_ID,
                "-signature", signatureFile.toString(),
                dataFile.toString());
        return new Verification(result.exitCode() == 0 && result.output().contains("Verified OK"), result.output());
    }

    /** Lets OpenSSL generate a fresh SM2 key and sign {@code data} with it. */
    public static Signed sign(Path workDir, byte[] data) {
        Path dir = freshDirectory(workDir);
        Path dataFile = write(dir.resolve("data"), data);
        Path privateKey = dir.resolve("private.pem");
        Path publicKey = dir.resolve("public.pem");
        Path signature = dir.resolve("signature.der");
        check(run(dir, "openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:SM2",
                "-out", privateKey.toString()));
        check(run(dir, "openssl", "pkey", "-in", privateKey.toString(), "-pubout", "-out", publicKey.toString()));
        check(run(dir, "openssl", "dgst", "-sm3", "-sign", privateKey.toString(),
                "-sigopt", "distid:" + DEFAULT_DISTINGUISHING_ID,
                "-out", signature.toString(), dataFile.toString()));
        try {
            return new Signed(Files.readAllBytes(signature), Files.readString(publicKey, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Result(int exitCode, String output) {
    }

    /** Output goes to a file rather than a pipe, so that a hanging command cannot outlast the timeout. */
    private static Result run(Path dir, String... command) {
        Process process;
        Path log;
        try {
            log = Files.createTempFile("openssl-", ".log");
            process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command[0], e);
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted while running " + command[0], e);
        } finally {
            deleteQuietly(log);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    private static void check(Result result) {
        if (result.exitCode() != 0) {
            throw new IllegalStateException("openssl failed (" + result.exitCode() + "): " + result.output());
        }
    }

    private static Path freshDirectory(Path workDir) {
        try {
            return Files.createTempDirectory(workDir, "openssl-sm2-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, byte[] content) {
        try {
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
