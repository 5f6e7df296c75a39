package dev.tradewind.live.trade;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a request payload with an API secret: HMAC-SHA256 (hex, the secret is a shared string) or Ed25519 (base64, the
 * secret is a PKCS#8 private key). JDK built-ins only. Thread-safe. Never prints its key.
 */
public sealed interface Signer {

    /** The signature of {@code payload}'s UTF-8 bytes, as the exchange expects it (before URL encoding). */
    String sign(String payload);

    /** HMAC-SHA256 with a shared secret; lower-case hex. */
    static Signer hmac(String secret) { return new Hmac(secret.getBytes(StandardCharsets.UTF_8)); }

    /** Ed25519 with a PKCS#8 private key in PEM ({@code -----BEGIN PRIVATE KEY-----}); base64. */
    static Signer ed25519Pem(String pem) {
        String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Ed25519 key: the PEM body is not base64");
        }
        try {
            return new Ed25519(KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Ed25519 key: not a PKCS#8 Ed25519 private key");
        }
    }

    /** Whether a secret string is a PEM private key (then Ed25519) rather than an HMAC secret. */
    static boolean isPem(String secret) { return secret.strip().startsWith("-----BEGIN PRIVATE KEY-----"); }

    /** The signer for a secret as a user gives it: a PEM private key means Ed25519, anything else HMAC. */
    static Signer of(String secret) { return isPem(secret) ? ed25519Pem(secret) : hmac(secret.strip()); }

    /** HMAC-SHA256. */
    final class Hmac implements Signer {
        private final SecretKeySpec key;

        Hmac(byte[] secret) { key = new SecretKeySpec(secret, "HmacSHA256"); }

        @Override
        public String sign(String payload) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 unavailable", e);
            }
        }

        @Override public String toString() { return "Signer.Hmac[secret hidden]"; }
    }

    /** Ed25519 (RFC 8032, deterministic). */
    final class Ed25519 implements Signer {
        private final PrivateKey key;

        Ed25519(PrivateKey key) { this.key = key; }

        @Override
        public String sign(String payload) {
            try {
                Signature s = Signature.getInstance("Ed25519");
                s.initSign(key);
                s.update(payload.getBytes(StandardCharsets.UTF_8));
                return Base64.getEncoder().encodeToString(s.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Ed25519 signing failed", e);
            }
        }

        @Override public String toString() { return "Signer.Ed25519[key hidden]"; }
    }
}
