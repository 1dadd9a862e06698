package org.yiwang.crypto.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.crypto.CryptoException;

/**
 * The platform's keys in one BCFKS keystore. Aliases: {@code sm2-<name>} signing keys with a self-signed
 * certificate, {@code sm4-<n>} field-encryption keys (the highest n encrypts, all decrypt, so keys can
 * rotate), {@code hmac-index} the blind-index key. BCFKS does not know SM4 or HMAC-SM3 as key types, so
 * secret keys are stored as raw 128/256-bit keys under a generic label and typed again when loaded.
 */
public class PlatformKeystore {

    static final String TYPE = "BCFKS";
    static final String PLATFORM_SIGNING = "platform";
    private static final Logger log = LoggerFactory.getLogger(PlatformKeystore.class);

    private final Path path;
    private final char[] password;
    private final KeyStore store;

    private PlatformKeystore(Path path, char[] password, KeyStore store) {
        this.path = path;
        this.password = password;
        this.store = store;
    }

    static PlatformKeystore open(CryptoProperties.Keystore config) {
        Path path = config.path().toAbsolutePath().normalize();
        try {
            if (Files.exists(path)) {
                char[] password = passwordFor(config, path, false);
                KeyStore store = KeyStore.getInstance(TYPE, BouncyCastle.PROVIDER);
                try (InputStream in = Files.newInputStream(path)) {
                    store.load(in, password);
                }
                return new PlatformKeystore(path, password, store);
            }
            if (!config.generateIfMissing()) {
                throw new CryptoException("No keystore at " + path + " and yiwang.crypto.keystore.generate-if-missing is false");
            }
            return generate(config, path);
        } catch (IOException | GeneralSecurityException e) {
            throw new CryptoException("Cannot open the keystore at " + path, e);
        }
    }

    private static PlatformKeystore generate(CryptoProperties.Keystore config, Path path)
            throws IOException, GeneralSecurityException {
        log.warn("""
                *** No keystore found: GENERATING NEW PLATFORM KEYS at {} ***
                This is meant for the embedded demo only. In production provide a keystore through
                yiwang.crypto.keystore.path and its password through YIWANG_CRYPTO_KEYSTORE_PASSWORD,
                and keep a backup: data encrypted with lost keys cannot be recovered.""", path);
        char[] password = passwordFor(config, path, true);
        KeyStore store = KeyStore.getInstance(TYPE, BouncyCastle.PROVIDER);
        store.load(null, null);
        PlatformKeystore keystore = new PlatformKeystore(path, password, store);
        keystore.putSecret("sm4-1", randomBytes(16));
        keystore.putSecret("hmac-index", randomBytes(32));
        keystore.putSigningKey(PLATFORM_SIGNING, "Yiwang platform");
        keystore.save();
        return keystore;
    }

    /** The configured password, or for a generated embedded keystore one kept in a file beside it. */
    private static char[] passwordFor(CryptoProperties.Keystore config, Path path, boolean creating) throws IOException {
        if (config.password() != null && !config.password().isBlank()) {
            return config.password().toCharArray();
        }
        Path file = path.resolveSibling(path.getFileName() + ".password");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim().toCharArray();
        }
        if (!creating) {
            throw new CryptoException("The keystore " + path + " exists but no password is configured "
                    + "(yiwang.crypto.keystore.password) and there is no " + file.getFileName());
        }
        Files.createDirectories(path.getParent());
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(24));
        Files.writeString(file, generated, StandardCharsets.UTF_8);
        restrictToOwner(file);
        log.warn("Keystore password generated into {} (readable by the owner only). Configure "
                + "YIWANG_CRYPTO_KEYSTORE_PASSWORD instead in production.", file);
        return generated.toCharArray();
    }

    synchronized void putSecret(String alias, byte[] raw) throws GeneralSecurityException {
        store.setEntry(alias, new KeyStore.SecretKeyEntry(new SecretKeySpec(raw, "AES")),
                new KeyStore.PasswordProtection(password));
    }

    synchronized void putSigningKey(String name, String subject) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
        generator.initialize(new ECGenParameterSpec("sm2p256v1"), new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        X500Name owner = new X500Name("CN=" + subject.replace(",", " ") + ",O=Yiwang");
        Instant now = Instant.now();
        try {
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER)
                    .getCertificate(new JcaX509v3CertificateBuilder(owner, new BigInteger(64, new SecureRandom()),
                            Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))),
                            owner, pair.getPublic())
                            .build(new JcaContentSignerBuilder("SM3withSM2").setProvider(BouncyCastle.PROVIDER)
                                    .build(pair.getPrivate())));
            store.setKeyEntry("sm2-" + name, pair.getPrivate(), password, new Certificate[] {certificate});
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot self-sign the certificate of " + name, e);
        }
    }

    synchronized void save() throws IOException, GeneralSecurityException {
        Files.createDirectories(path.getParent());
        Path temp = Files.createTempFile(path.getParent(), "keystore", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            store.store(out, password);
        }
        restrictToOwner(temp);
        Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    SecretKey secret(String alias, String algorithm) {
        try {
            var key = store.getKey(alias, password);
            if (key == null) {
                throw new CryptoException("No key " + alias + " in the keystore " + path);
            }
            return new SecretKeySpec(key.getEncoded(), algorithm);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot read key " + alias, e);
        }
    }

    PrivateKey signingKey(String name) {
        try {
            var key = (PrivateKey) store.getKey("sm2-" + name, password);
            if (key == null) {
                throw new CryptoException("No signing key " + name + " in the keystore " + path);
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot read signing key " + name, e);
        }
    }

    X509Certificate certificate(String name) {
        try {
            var certificate = (X509Certificate) store.getCertificate("sm2-" + name);
            if (certificate == null) {
                throw new CryptoException("No signing key " + name + " in the keystore " + path);
            }
            return certificate;
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot read certificate " + name, e);
        }
    }

    boolean hasSigningKey(String name) {
        try {
            return store.containsAlias("sm2-" + name);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot read the keystore " + path, e);
        }
    }

    /** Numbers n of the {@code sm4-n} field keys, highest last. */
    List<Integer> fieldKeyNumbers() {
        try {
            return Collections.list(store.aliases()).stream()
                    .filter(alias -> alias.matches("sm4-\\d+"))
                    .map(alias -> Integer.parseInt(alias.substring(4)))
                    .sorted().toList();
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Cannot read the keystore " + path, e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
