package dev.tradewind.cli.store;

import java.util.ArrayList;
import java.util.List;

/** A plain text table with aligned columns; numeric-looking cells are right-aligned unless told otherwise. */
final class Table {
    private final List<String[]> rows = new ArrayList<>();
    private final boolean alignNumbers;

    Table() { this(true); }

    Table(boolean alignNumbers) { this.alignNumbers = alignNumbers; }

    Table row(String... cells) {
        rows.add(cells);
        return this;
    }

    @Override
    public String toString() {
        int cols = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] w = new int[cols];
        for (String[] r : rows) for (int i = 0; i < r.length; i++) w[i] = Math.max(w[i], r[i].length());
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String cell = r[i];
                String pad = " ".repeat(w[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(alignNumbers && numeric(cell) ? pad + cell : cell + (i == r.length - 1 ? "" : pad));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static boolean numeric(String s) { return s.matches("[-+]?[0-9][0-9.,]*%?"); }
}
