package dev.tradewind.live.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
    static final String SECRET = "s3cr3t-value-never-printed";

    @Test
    void fromTheEnvironment() {
        Credentials c = Credentials.load(null, Map.of(Credentials.KEY_ENV, "abcd1234", Credentials.SECRET_ENV, SECRET));
        assertThat(c.key()).isEqualTo("abcd1234");
        assertThat(c.toString()).doesNotContain(SECRET).doesNotContain("abcd1234");
        assertThat(c.signer()).isInstanceOf(Signer.Hmac.class);
        assertThatThrownBy(() -> Credentials.load(null, Map.of())).hasMessageContaining("TRADEWIND_BINANCE_KEY");
    }

    @Test
    void aFileOthersCanReadIsRefusedWithoutPrintingIt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("binance.keys");
        Files.writeString(f, "key=abcd1234\nsecret=" + SECRET + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> Credentials.load(f, Map.of())).hasMessageContaining("mode 0644").hasMessageContaining("chmod 600")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        assertThat(Credentials.load(f, Map.of()).key()).isEqualTo("abcd1234");
    }

    @Test
    void anEd25519KeyFileNextToIt(@TempDir Path dir) throws Exception {
        Path pem = dir.resolve("ed.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END PRIVATE KEY-----\n");
        Files.setPosixFilePermissions(pem, PosixFilePermissions.fromString("rw-------"));
        Path f = dir.resolve("binance.keys");
        Files.writeString(f, "# test\nkey=abcd1234\nsecret-file=ed.pem\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--------"));
        assertThat(Credentials.load(f, Map.of()).signer()).isInstanceOf(Signer.Ed25519.class);
        Files.writeString(f, "key=abcd1234\npassword=" + SECRET + "\n");
        assertThatThrownBy(() -> Credentials.load(f, Map.of())).hasMessageContaining(":2: unknown field 'password'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }
}
