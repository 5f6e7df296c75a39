package dev.tradewind.research;

import dev.tradewind.model.UserError;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A PNG heatmap of the objective over two swept parameters: one cell per pair of levels, coloured by the best value
 * among the trials at that pair (over the other parameters), blank where no trial ran, hatched where no trial met
 * the constraints; the best cell is outlined. Drawn with java.awt in headless mode.
 */
public final class Heatmap {
    private static final int CELL_MAX = 48;
    private static final int CELL_MIN = 4;

    private Heatmap() {}

    /** The grid of best objective values: {@code [x level][y level]}, NaN where no feasible trial ran. */
    public static double[][] grid(SweepResult r, String x, String y) {
        int dx = dimension(r, x), dy = dimension(r, y);
        if (dx == dy) throw new UserError("--heatmap: give two different parameters, got " + x + " twice");
        int nx = r.space().dimensions().get(dx).size(), ny = r.space().dimensions().get(dy).size();
        double[][] g = new double[nx][ny];
        for (double[] col : g) java.util.Arrays.fill(col, Double.NaN);
        var better = r.objective().better();
        for (Trial t : r.trials()) {
            if (!t.feasible()) continue;
            int i = t.point()[dx], j = t.point()[dy];
            if (Double.isNaN(g[i][j]) || better.compare(t.objective(), g[i][j]) < 0) g[i][j] = t.objective();
        }
        return g;
    }

    /** Draws the heatmap of {@code x} (horizontal) against {@code y} (vertical) into a PNG file. */
    public static void write(Path file, SweepResult r, String x, String y) {
        System.setProperty("java.awt.headless", "true");
        double[][] g = grid(r, x, y);
        boolean[][] ran = new boolean[g.length][g[0].length];
        int dx = dimension(r, x), dy = dimension(r, y);
        for (Trial t : r.trials()) ran[t.point()[dx]][t.point()[dy]] = true;
        List<String> xs = r.space().dimensions().get(dx).levels(), ys = r.space().dimensions().get(dy).levels();
        int cell = Math.max(CELL_MIN, Math.min(CELL_MAX, 800 / Math.max(xs.size(), ys.size())));
        int left = 90, top = 50, bottom = 70, right = 130;
        String title = r.strategy() + ": " + r.objective().describe() + " (" + r.trials().size() + " trials)";
        int h = top + cell * ys.size() + bottom;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        int bi = -1, bj = -1;
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[i].length; j++) {
                double v = g[i][j];
                if (Double.isNaN(v)) continue;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                if (bi < 0 || r.objective().better().compare(v, g[bi][bj]) < 0) {
                    bi = i;
                    bj = j;
                }
            }
        }
        String best = bi < 0 ? "" : "best " + fmt(g[bi][bj]) + " at " + x + "=" + xs.get(bi) + ", " + y + "=" + ys.get(bj);
        int w = Math.max(left + cell * xs.size() + right, Math.max(20 + textWidth(title, new Font(Font.SANS_SERIF, Font.BOLD, 13)),
                left + 10 + textWidth(best, new Font(Font.SANS_SERIF, Font.PLAIN, 11))));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D p = img.createGraphics();
        p.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        p.setColor(Color.WHITE);
        p.fillRect(0, 0, w, h);
        for (int i = 0; i < xs.size(); i++) {
            for (int j = 0; j < ys.size(); j++) {
                int cx = left + i * cell, cy = top + (ys.size() - 1 - j) * cell;
                if (!Double.isNaN(g[i][j])) {
                    p.setColor(colour(hi > lo ? (g[i][j] - lo) / (hi - lo) : 0.5, r.objective().minimize()));
                    p.fillRect(cx, cy, cell, cell);
                } else if (ran[i][j]) {
                    p.setColor(new Color(200, 200, 200));
                    for (int k = -cell; k < cell; k += 4) p.drawLine(cx + Math.max(0, k), cy + Math.max(0, -k), cx + Math.min(cell, cell + k), cy + Math.min(cell, cell - k));
                }
            }
        }
        p.setColor(Color.BLACK);
        p.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = p.getFontMetrics();
        int stepX = Math.max(1, (fm.stringWidth("00000") + 4) / cell + 1), stepY = Math.max(1, (fm.getHeight() + 2) / cell + 1);
        for (int i = 0; i < xs.size(); i += stepX) {
            String s = xs.get(i);
            p.drawString(s, left + i * cell + cell / 2 - fm.stringWidth(s) / 2, top + ys.size() * cell + 14);
        }
        for (int j = 0; j < ys.size(); j += stepY) {
            String s = ys.get(j);
            p.drawString(s, left - 6 - fm.stringWidth(s), top + (ys.size() - 1 - j) * cell + cell / 2 + fm.getAscent() / 2);
        }
        p.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        p.drawString(x, left + cell * xs.size() / 2 - p.getFontMetrics().stringWidth(x) / 2, top + ys.size() * cell + 36);
        p.drawString(y, 10, top - 10);
        p.drawString(title, 10, 20);
        if (bi >= 0) {
            p.setColor(Color.BLACK);
            p.setStroke(new BasicStroke(2));
            p.drawRect(left + bi * cell, top + (ys.size() - 1 - bj) * cell, cell, cell);
            p.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            p.drawString(best, left, h - 12);
            int lx = left + cell * xs.size() + 30, lh = Math.min(200, cell * ys.size());
            for (int k = 0; k < lh; k++) {
                p.setColor(colour(1 - (double) k / Math.max(1, lh - 1), r.objective().minimize()));
                p.drawLine(lx, top + k, lx + 16, top + k);
            }
            p.setColor(Color.BLACK);
            p.drawString(fmt(r.objective().minimize() ? lo : hi), lx + 20, top + 10);
            p.drawString(fmt(r.objective().minimize() ? hi : lo), lx + 20, top + lh);
        }
        p.dispose();
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The width of {@code text} in {@code font}, in pixels. */
    private static int textWidth(String text, Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return g.getFontMetrics(font).stringWidth(text);
        } finally {
            g.dispose();
        }
    }

    /** Viridis-like ramp from dark blue (worst) to yellow (best); {@code f} in [0, 1] from low to high value. */
    private static Color colour(double f, boolean minimize) {
        double t = minimize ? 1 - f : f;
        float[][] stops = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};
        double s = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int k = Math.min(stops.length - 2, (int) s);
        double u = s - k;
        return new Color((int) (stops[k][0] + u * (stops[k + 1][0] - stops[k][0])), (int) (stops[k][1] + u * (stops[k + 1][1] - stops[k][1])),
                (int) (stops[k][2] + u * (stops[k + 1][2] - stops[k][2])));
    }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.4g", v); }

    private static int dimension(SweepResult r, String name) {
        int d = r.space().indexOf(name);
        if (d < 0) {
            throw new UserError("--heatmap: '" + name + "' is not a swept parameter; swept: "
                    + String.join(", ", r.space().dimensions().stream().map(Dimension::name).toList()));
        }
        return d;
    }
}
