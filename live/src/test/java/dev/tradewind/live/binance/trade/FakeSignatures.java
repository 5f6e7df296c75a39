package dev.tradewind.live.binance.trade;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** How {@link FakeSpot} checks a request's signature: HMAC-SHA256 with the account's secret, or Ed25519 with its key. */
final class FakeSignatures {
    private final String secret;
    private final PublicKey ed25519;

    /** {@code ed25519} null: HMAC with {@code secret}. */
    FakeSignatures(String secret, PublicKey ed25519) {
        this.secret = secret;
        this.ed25519 = ed25519;
    }

    /** HMAC: hex, any case; Ed25519: base64, verified with the registered public key. */
    boolean valid(String payload, String signature) {
        if (ed25519 == null) {
            return MessageDigest.isEqual(hmac(payload).getBytes(StandardCharsets.UTF_8),
                    signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        }
        try {
            Signature v = Signature.getInstance("Ed25519");
            v.initVerify(ed25519);
            v.update(payload.getBytes(StandardCharsets.UTF_8));
            return v.verify(Base64.getDecoder().decode(signature));
        } catch (Exception e) {
            return false;
        }
    }

    private String hmac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
