package dev.tradewind.runner;

import dev.tradewind.model.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a file, to tie a run's configuration to the exact bytes it read. */
public final class Fingerprint {
    private Fingerprint() {}

    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), newDigest())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return hex(((DigestInputStream) in).getMessageDigest());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserError(file + ": file not found", e);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A fresh SHA-256 digest, for hashing bytes as they are read elsewhere. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest's value as lowercase hex, as {@link #sha256} gives it; resets the digest. */
    public static String hex(MessageDigest digest) { return HexFormat.of().formatHex(digest.digest()); }
}
