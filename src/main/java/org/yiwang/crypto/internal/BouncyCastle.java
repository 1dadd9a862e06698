package org.yiwang.crypto.internal;

import java.security.Provider;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The one BouncyCastle provider instance, registered once for the JVM. */
public final class BouncyCastle {

    public static final Provider PROVIDER;

    static {
        Provider registered = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (registered == null) {
            registered = new BouncyCastleProvider();
            Security.addProvider(registered);
        }
        PROVIDER = registered;
    }

    private BouncyCastle() {
    }
}
