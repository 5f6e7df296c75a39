package dev.tradewind.live.trade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;

/**
 * An exchange API key and its secret (an HMAC secret, or an Ed25519 private key in PEM), from the environment
 * ({@code TRADEWIND_BINANCE_KEY}, {@code TRADEWIND_BINANCE_SECRET}) or from a file only its owner can read (mode 0600
 * or 0400) holding {@code key=...} and {@code secret=...} lines, or {@code key=...} and {@code secret-file=PATH} (a PEM
 * file, 0600 too). Nothing here ever prints the secret; {@link #toString} shows the key's first four characters.
 * Problems are {@link IllegalArgumentException}s with one line a user can act on, never containing the secret.
 */
public final class Credentials {
    public static final String KEY_ENV = "TRADEWIND_BINANCE_KEY";
    public static final String SECRET_ENV = "TRADEWIND_BINANCE_SECRET";
    private final String key;
    private final String secret;

    private Credentials(String key, String secret) {
        this.key = key;
        this.secret = secret;
    }

    /** From {@code file} when given, else from the environment. */
    public static Credentials load(Path file, Map<String, String> env) {
        if (file != null) return fromFile(file);
        String k = env.get(KEY_ENV), s = env.get(SECRET_ENV);
        if (k == null || k.isBlank() || s == null || s.isBlank()) {
            throw new IllegalArgumentException("no API key: set " + KEY_ENV + " and " + SECRET_ENV
                    + ", or pass --credentials FILE (mode 0600, key=... and secret=... lines)");
        }
        return new Credentials(k.strip(), s);
    }

    static Credentials fromFile(Path file) {
        String text = readPrivate(file, "credentials file");
        String k = null, s = null;
        int n = 0;
        for (String line : text.split("\\R")) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            int eq = l.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException(file + ":" + n + ": expected key=..., secret=... or secret-file=..., got a line without '='");
            String name = l.substring(0, eq).strip(), value = l.substring(eq + 1).strip();
            switch (name) {
                case "key" -> k = value;
                case "secret" -> s = value;
                case "secret-file" -> s = readPrivate(file.resolveSibling(value), "secret file");
                default -> throw new IllegalArgumentException(file + ":" + n + ": unknown field '" + name + "' (expected key, secret or secret-file)");
            }
        }
        if (k == null || k.isEmpty()) throw new IllegalArgumentException(file + ": no key=... line");
        if (s == null || s.isBlank()) throw new IllegalArgumentException(file + ": no secret=... or secret-file=... line");
        return new Credentials(k, s);
    }

    private static String readPrivate(Path file, String what) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(what + " " + file + " does not exist");
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            for (PosixFilePermission x : p) {
                if (x != PosixFilePermission.OWNER_READ && x != PosixFilePermission.OWNER_WRITE) {
                    throw new IllegalArgumentException(what + " " + file + " is readable or writable by others (mode "
                            + mode(p) + "); run: chmod 600 " + file);
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (UnsupportedOperationException e) {
            throw new IllegalArgumentException(what + " " + file + ": cannot check its permissions on this file system");
        } catch (IOException e) {
            throw new IllegalArgumentException(what + " " + file + ": cannot read it (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String mode(Set<PosixFilePermission> p) {
        int m = 0;
        for (PosixFilePermission x : p) m |= 1 << (8 - x.ordinal());
        return String.format(java.util.Locale.ROOT, "0%03o", m);
    }

    public String key() { return key; }

    /** The signer for this secret (Ed25519 for a PEM private key, HMAC-SHA256 otherwise). */
    public Signer signer() { return Signer.of(secret); }

    /** Whether {@code text} contains the secret or the key (for tests and log scrubbing). */
    public boolean leaksInto(String text) { return text.contains(secret.strip()) || text.contains(key); }

    @Override public String toString() { return "Credentials[key " + key.substring(0, Math.min(4, key.length())) + "..., secret hidden]"; }
}
