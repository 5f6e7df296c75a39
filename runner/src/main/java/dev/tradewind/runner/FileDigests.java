package dev.tradewind.runner;

import dev.tradewind.model.Home;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The SHA-256 of data files, remembered by their status so that a file run again is not hashed again: a 1M-row file's
 * hash took about 0.12 s of a recorded backtest's 1.7-2.0 s, in a JVM that had not yet compiled SHA-256 (bench/E2E.md).
 * An entry holds the file's size, modification and status-change times (nanoseconds), device and inode; the digest is
 * used only while all five are unchanged, as git trusts its index. Writing a file changes its status-change time (no
 * tool sets that back), replacing it changes its inode. A file modified less than {@link #SETTLED} before it was hashed
 * is not remembered: a write in the same tick of the file system's clock could leave both times as they were.
 *
 * <p>Entries live in {@code $TRADEWIND_HOME/digests} (else {@code ~/.tradewind/digests}), one small file per data
 * file, named by the SHA-256 of its real path, written to a temporary file and moved into place. Where the file system
 * has no status-change time or inode (not a Unix one), or the folder cannot be written, nothing is remembered: every run
 * hashes its file, as before. A damaged entry is read as none.
 */
public final class FileDigests {
    /** How long before its hash a file must have been last modified for its digest to be remembered. */
    static final long SETTLED = TimeUnit.SECONDS.toNanos(2);
    private static final String VERSION = "v1";
    private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,dev,ino";

    private final Path dir;

    FileDigests(Path dir) { this.dir = dir; }

    /** The digests of this process's Tradewind folder. */
    public static FileDigests of() { return new FileDigests(Home.dir().resolve("digests")); }

    /** What an entry checks: null when the file system does not say (then nothing is remembered). */
    record Status(long size, long modified, long changed, long device, long inode) {
        String line() { return size + " " + modified + " " + changed + " " + device + " " + inode; }
    }

    /** The file's status now, or null when it cannot be read or its file system has no Unix attributes. */
    static Status status(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, ATTRIBUTES);
            return new Status((Long) a.get("size"), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")),
                    ((Number) a.get("dev")).longValue(), ((Number) a.get("ino")).longValue());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException
                | NullPointerException e) {
            return null;
        }
    }

    private static long nanos(Object time) {
        Instant t = ((FileTime) time).toInstant();
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    /** The remembered SHA-256 of {@code file} if its status is what it was when hashed; null otherwise. */
    public String known(Path file) {
        Status now = status(file);
        Path entry = now == null ? null : entry(file);
        if (entry == null) return null;
        try {
            String[] f = Files.readString(entry, StandardCharsets.US_ASCII).strip().split(" ");
            if (f.length != 7 || !f[0].equals(VERSION)) return null;
            String was = String.join(" ", f[1], f[2], f[3], f[4], f[5]);
            return was.equals(now.line()) && f[6].matches("[0-9a-f]{64}") ? f[6] : null;
        } catch (IOException | RuntimeException e) {
            return null; // none yet, or damaged: hashed again
        }
    }

    /**
     * Remembers {@code sha256} as the digest of {@code file}, read while its status was {@code before} (taken before
     * the read began): only when the status is still that and the file had settled ({@link #SETTLED}) before it.
     */
    public void remember(Path file, Status before, String sha256) {
        if (before == null || sha256 == null || !before.equals(status(file))) return;
        if (System.currentTimeMillis() * 1_000_000L - before.modified() < SETTLED) return;
        Path entry = entry(file);
        if (entry == null) return;
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "entry", ".tmp");
            try {
                Files.writeString(tmp, VERSION + " " + before.line() + " " + sha256 + "\n", StandardCharsets.US_ASCII);
                Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // not remembered: the next run hashes the file again
        }
    }

    /** The entry of {@code file}: named by the SHA-256 of its real path; null when it has none (it is gone). */
    private Path entry(Path file) {
        try {
            String real = file.toRealPath().toString();
            java.security.MessageDigest d = Fingerprint.newDigest();
            d.update(real.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(Fingerprint.hex(d));
        } catch (IOException e) {
            return null;
        }
    }
}
