package dev.tradewind.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small hand-made trade files whose statistics were computed by hand and with numpy (see each test). */
final class Fixtures {
    private Fixtures() {}

    /** Generic layout, no strategy column: strategy "alpha" from the file name. Net 10 over six trades. */
    static final String ALPHA = """
            symbol,entry_time,exit_time,pnl
            XYZ,2024-01-01T00:00:00Z,2024-01-01T15:00:00Z,100
            XYZ,2024-01-02T09:00:00Z,2024-01-02T12:00:00Z,-50
            XYZ,2024-01-02T13:00:00Z,2024-01-02T16:00:00Z,-30
            XYZ,2024-01-03T09:00:00Z,2024-01-04T10:00:00Z,20
            XYZ,2024-01-05T09:00:00Z,2024-01-05T12:00:00Z,-40
            XYZ,2024-01-31T09:00:00Z,2024-02-01T12:00:00Z,10
            """;

    /** Tradewind's trades.csv layout with a factor column, in a directory named beta. Net 60 over three trades. */
    static final String BETA = """
            id,symbol,side,quantity,entry_time,entry_price,exit_time,exit_price,gross_pnl,costs,net_pnl,mae,mfe,bars_held,range_10
            1,ABC,long,1,2024-01-02T10:00:00Z,100,2024-01-03T10:00:00Z,131,31,1,30,-2,35,1,0.5
            2,ABC,short,1,2024-01-04T10:00:00Z,100,2024-01-05T14:00:00Z,119,-19,1,-20,-25,3,1,0.4
            3,ABC,long,2,2024-01-08T10:00:00Z,100,2024-01-10T10:00:00Z,125.5,51,1,50,-1,60,2,0.3
            """;

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static Path gzip(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
