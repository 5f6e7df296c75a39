package dev.tradewind.live.binance.trade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.live.trade.Signer;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Signatures checked against values published outside this project: Binance's own examples (REST and WebSocket API,
 * HMAC-SHA256, from Binance's public API documentation, copied below) and RFC 8032's Ed25519 test vectors. Binance's Ed25519
 * examples cannot be checked: their private key is not published.
 */
class SigningTest {
    static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    @Test
    void restHmacExamplesFromTheDocs() {
        Params ascii = new Params().add("symbol", "LTCBTC").add("side", "BUY").add("type", "LIMIT").add("timeInForce", "GTC")
                .add("quantity", "1").add("price", "0.1").add("recvWindow", 5000).add("timestamp", 1499827319559L);
        assertThat(ascii.signedQuery(Signer.hmac(SECRET))).isEqualTo("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC"
                + "&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"
                + "&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71");
        Params unicode = new Params().add("symbol", "１２３４５６").add("side", "BUY").add("type", "LIMIT").add("timeInForce", "GTC")
                .add("quantity", "1").add("price", "0.1").add("recvWindow", 5000).add("timestamp", 1499827319559L);
        assertThat(unicode.query()).startsWith("symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY");
        assertThat(unicode.signedQuery(Signer.hmac(SECRET)))
                .endsWith("&signature=e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3");
    }

    @Test
    void webSocketApiHmacExamplesFromTheDocsSignSortedUnencodedParams() {
        String key = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
        Params a = new Params().add("symbol", "BTCUSDT").add("side", "SELL").add("type", "LIMIT").add("timeInForce", "GTC")
                .add("quantity", "0.01000000").add("price", "52000.00").add("recvWindow", 100)
                .add("timestamp", 1645423376532L).add("apiKey", key);
        assertThat(a.sortedPayload()).isEqualTo("apiKey=" + key + "&price=52000.00&quantity=0.01000000&recvWindow=100"
                + "&side=SELL&symbol=BTCUSDT&timeInForce=GTC&timestamp=1645423376532&type=LIMIT");
        assertThat(Signer.hmac(SECRET).sign(a.sortedPayload())).isEqualTo("aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24");
        Params b = new Params().add("symbol", "１２３４５６").add("side", "BUY").add("type", "LIMIT").add("timeInForce", "GTC")
                .add("quantity", "1.00000000").add("price", "0.10000000").add("recvWindow", 5000)
                .add("timestamp", 1645423376532L).add("apiKey", key);
        assertThat(Signer.hmac(SECRET).sign(b.sortedPayload())).isEqualTo("b33892ae8e687c939f4468c6268ddd4c40ac1af18ad19a064864c47bae0752cd");
    }

    /** RFC 8032 section 7.1, TEST 2 (one-byte message 0x72). */
    @Test
    void ed25519MatchesRfc8032() throws Exception {
        Signer s = Signer.ed25519Pem(pem("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"));
        assertThat(HexFormat.of().formatHex(Base64.getDecoder().decode(s.sign("r")))).isEqualTo(
                "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                        + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    }

    /** The Binance WebSocket API example payload, signed with RFC 8032 TEST 1's key: OpenSSL 3.0 gives this value. */
    @Test
    void ed25519OnABinancePayloadMatchesOpensslAndVerifiesWithThePublicKey() throws Exception {
        Signer s = Signer.of(pem("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        assertThat(s).isInstanceOf(Signer.Ed25519.class);
        String payload = "apiKey=4yNzx3yWC5bS6YTwEkSRaC0nRmSQIIStAUOh1b6kqaBrTLIhjCpI5lJH8q8R8WNO&price=52000.00"
                + "&quantity=0.01000000&recvWindow=100&side=SELL&symbol=BTCUSDT&timeInForce=GTC&timestamp=1645423376532&type=LIMIT";
        String sig = s.sign(payload);
        assertThat(sig).isEqualTo("Ws+5m/CMnpkko0uBFxGTZ2+fjqqBXsUjRiaz173fPhXTkhoDBYNZ6wcYNeWItdrGn1pvG7vkwx2fhmJdAZ3KDQ==");
        // RFC 8032 TEST 1's public key verifies it
        byte[] spki = HexFormat.of().parseHex("302a300506032b6570032100d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        Signature v = Signature.getInstance("Ed25519");
        v.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki)));
        v.update(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(v.verify(Base64.getDecoder().decode(sig))).isTrue();
        // in a REST query the base64 signature is percent-encoded
        assertThat(new Params().add("a", "b").signedQuery(s)).doesNotContain("+").doesNotContain("/");
    }

    @Test
    void signersNeverPrintTheirSecret() {
        assertThat(Signer.hmac(SECRET).toString()).doesNotContain(SECRET.substring(0, 8));
    }

    /** A PKCS#8 PEM around a raw 32-byte Ed25519 seed. */
    static String pem(String seedHex) {
        byte[] der = HexFormat.of().parseHex("302e020100300506032b657004220420" + seedHex);
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END PRIVATE KEY-----\n";
    }
}
