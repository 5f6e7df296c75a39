package dev.tradewind.live.trade;

import dev.tradewind.model.Order;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A live run's append-only record of what it sent and what the exchange did, forced to disk line by line, so a
 * process killed at any moment (kill -9) restarts knowing every order it may have sent and every fill it has counted.
 * One line per fact, space-separated, written before the kernel hears of it:
 * <pre>
 * S clientId orderId symbol side type quantity limit stop   an order about to be sent (written before the request)
 * A clientId venueOrderId                                   the exchange has it
 * F clientId tradeId quantity price commission asset maker time
 * E clientId status time                                    finished (FILLED, CANCELED, EXPIRED, REJECTED) at time (ns; older
 *                                                           journals have no time)
 * B balance                                                 the base asset's balance before the run's first fill
 * </pre>
 * A torn last line (the process died mid-write) is ignored on reading. Numbers are written with
 * {@link Double#toString}, locale-free. Not thread-safe on its own: the {@link OrderTracker} calls it under its lock.
 */
public final class OrderJournal implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final boolean force;

    /** Opens (creating) the journal; {@code force} syncs every line to the device (off only for fast tests). */
    public OrderJournal(Path file, boolean force) {
        this.file = file;
        this.force = force;
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the order journal " + file, e);
        }
    }

    void sent(Order o, String clientId) {
        write("S " + clientId + " " + o.id() + " " + o.symbol() + " " + o.side() + " " + o.type() + " " + o.quantity() + " "
                + o.limitPrice() + " " + o.stopPrice());
    }

    void accepted(String clientId, long venueOrderId) { write("A " + clientId + " " + venueOrderId); }

    void fill(ExchangeFill f) {
        write("F " + f.clientId() + " " + f.tradeId() + " " + f.quantity() + " " + f.price() + " " + f.commission() + " "
                + (f.commissionAsset() == null || f.commissionAsset().isEmpty() ? "-" : f.commissionAsset()) + " " + f.maker() + " " + f.time());
    }

    void done(String clientId, String status, long time) { write("E " + clientId + " " + status + " " + time); }

    void baseline(double balance) { write("B " + balance); }

    private void write(String line) {
        try {
            ByteBuffer b = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) channel.write(b);
            if (force) channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the order journal " + file, e);
        }
    }

    /** Every complete line of a journal, parsed; an empty list when the file does not exist. */
    public static List<String[]> read(Path file) {
        if (!Files.exists(file)) return List.of();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String[]> out = new ArrayList<>();
            int end = text.lastIndexOf('\n');
            if (end < 0) return out;
            for (String line : text.substring(0, end).split("\n")) if (!line.isBlank()) out.add(line.split(" "));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the order journal " + file, e);
        }
    }

    /** The order an {@code S} line describes. */
    static Order order(String[] s) {
        Order.Builder b = Order.of(Long.parseLong(s[2]), s[3], Side.valueOf(s[4]), OrderType.valueOf(s[5]), Double.parseDouble(s[6]));
        return b.limit(Double.parseDouble(s[7])).stop(Double.parseDouble(s[8])).build();
    }

    /** How many sessions (process starts) this journal has seen: the highest {@code s<N>} in its client ids. */
    public static int sessions(List<String[]> lines) {
        int max = 0;
        for (String[] l : lines) {
            if (!l[0].equals("S")) continue;
            int at = l[1].lastIndexOf('s'), dash = l[1].lastIndexOf('-');
            if (at >= 0 && dash > at) {
                try {
                    max = Math.max(max, Integer.parseInt(l[1].substring(at + 1, dash)));
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        }
        return max;
    }

    public Path file() { return file; }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
