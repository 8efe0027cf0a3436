package dev.livecommerce.governance.image;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The standard 64-bit DCT perceptual hash (pHash): the picture in grey, shrunk to 32x32 by area averaging, the 8x8
 * lowest frequencies of its two-dimensional DCT-II, one bit per coefficient set when it is above their median. Bit 63
 * is the DC coefficient, then row by row. Resizing, re-encoding and mild colour or brightness changes move few bits;
 * another picture differs in about half of them.
 *
 * <p>
 * Written here rather than taken from JImageHash: that library pulls JavaFX and an old H2 into the service and its
 * perceptive hash is not laid out as the standard 64 bits the bands of {@link HashBands} rely on.
 */
public final class PerceptualHash {

    static final int SIZE = 32;
    static final int LOW = 8;
    private static final double[][] COSINES = cosines();

    private PerceptualHash() {
    }

    public static long of(BufferedImage image) {
        double[][] pixels = shrunkGrey(image);
        double[] low = lowFrequencies(pixels);
        double[] sorted = low.clone();
        Arrays.sort(sorted);
        double median = (sorted[LOW * LOW / 2 - 1] + sorted[LOW * LOW / 2]) / 2;
        long hash = 0;
        for (double coefficient : low) {
            hash = (hash << 1) | (coefficient > median ? 1 : 0);
        }
        return hash;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    public static String hex(long hash) {
        return HexFormat.of().toHexDigits(hash);
    }

    /**
     * Area averaging: every output cell is the mean of the source area it covers, fractions of pixels included, so a
     * large photo does not alias into a different hash than its thumbnail. One source row at a time, so memory stays
     * proportional to the width, not the pixel count. Transparent pixels are seen over white, as a shop shows them.
     */
    static double[][] shrunkGrey(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        AxisWeights columns = new AxisWeights(width);
        AxisWeights rows = new AxisWeights(height);
        double[][] cells = new double[SIZE][SIZE];
        int[] argb = new int[width];
        double[] rowSums = new double[SIZE];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, argb, 0, width);
            Arrays.fill(rowSums, 0);
            for (int x = 0; x < width; x++) {
                double grey = greyOverWhite(argb[x]);
                columns.spread(x, grey, rowSums);
            }
            rows.spreadRow(y, rowSums, cells);
        }
        return cells;
    }

    private static double greyOverWhite(int argb) {
        double alpha = ((argb >>> 24) & 0xff) / 255.0;
        double luma = 0.299 * ((argb >> 16) & 0xff) + 0.587 * ((argb >> 8) & 0xff) + 0.114 * (argb & 0xff);
        return alpha * luma + (1 - alpha) * 255;
    }

    /** The 8x8 top-left DCT-II coefficients of the 32x32 block, rows then columns, without normalisation. */
    private static double[] lowFrequencies(double[][] pixels) {
        double[][] alongRows = new double[SIZE][LOW];
        for (int y = 0; y < SIZE; y++) {
            for (int v = 0; v < LOW; v++) {
                double sum = 0;
                for (int x = 0; x < SIZE; x++) {
                    sum += pixels[y][x] * COSINES[v][x];
                }
                alongRows[y][v] = sum;
            }
        }
        double[] low = new double[LOW * LOW];
        for (int u = 0; u < LOW; u++) {
            for (int v = 0; v < LOW; v++) {
                double sum = 0;
                for (int y = 0; y < SIZE; y++) {
                    sum += COSINES[u][y] * alongRows[y][v];
                }
                low[u * LOW + v] = sum;
            }
        }
        return low;
    }

    private static double[][] cosines() {
        double[][] cosines = new double[LOW][SIZE];
        for (int k = 0; k < LOW; k++) {
            for (int n = 0; n < SIZE; n++) {
                cosines[k][n] = Math.cos(Math.PI * k * (2 * n + 1) / (2.0 * SIZE));
            }
        }
        return cosines;
    }

    /**
     * How one axis of the source maps onto the 32 output cells: source pixel {@code s} covers [s, s + 1), output cell
     * {@code t} covers [t * n / 32, (t + 1) * n / 32) in source units; the weight is the overlap divided by the
     * cell's length, so each cell's weights add up to 1 whether the axis is shrunk or stretched.
     */
    private static final class AxisWeights {

        private final int[][] cellsOf;
        private final double[][] weightsOf;

        AxisWeights(int length) {
            double cellLength = (double) length / SIZE;
            cellsOf = new int[length][];
            weightsOf = new double[length][];
            for (int s = 0; s < length; s++) {
                int first = (int) Math.floor(s / cellLength);
                int last = Math.min(SIZE - 1, (int) Math.ceil((s + 1) / cellLength) - 1);
                int count = last - first + 1;
                cellsOf[s] = new int[count];
                weightsOf[s] = new double[count];
                for (int i = 0; i < count; i++) {
                    int t = first + i;
                    double overlap = Math.min(s + 1, (t + 1) * cellLength) - Math.max(s, t * cellLength);
                    cellsOf[s][i] = t;
                    weightsOf[s][i] = Math.max(0, overlap) / cellLength;
                }
            }
        }

        void spread(int s, double value, double[] cells) {
            int[] targets = cellsOf[s];
            double[] weights = weightsOf[s];
            for (int i = 0; i < targets.length; i++) {
                cells[targets[i]] += value * weights[i];
            }
        }

        void spreadRow(int s, double[] row, double[][] cells) {
            int[] targets = cellsOf[s];
            double[] weights = weightsOf[s];
            for (int i = 0; i < targets.length; i++) {
                double[] cellRow = cells[targets[i]];
                for (int x = 0; x < SIZE; x++) {
                    cellRow[x] += row[x] * weights[i];
                }
            }
        }
    }
}
