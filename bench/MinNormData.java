import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes the benchmark data X.csv (n x D) and Y.csv (n x m) into a directory: entries N(0, 1) from
 * SplittableRandom(seed) (same bytes on every host), numbers in Java's shortest round-trip form, a line of names.
 * Run as a source file: java bench/MinNormData.java DIR n D m seed
 */
public final class MinNormData {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int d = Integer.parseInt(args[2]);
        int m = Integer.parseInt(args[3]);
        SplittableRandom rng = new SplittableRandom(Long.parseLong(args[4]));
        write(dir.resolve("X.csv"), n, d, "x", rng);
        write(dir.resolve("Y.csv"), n, m, "y", rng);
    }

    private static void write(Path file, int n, int cols, String prefix, SplittableRandom rng) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            StringBuilder line = new StringBuilder();
            for (int j = 0; j < cols; j++) {
                line.append(j == 0 ? "" : ",").append(prefix).append(j + 1);
            }
            w.write(line.append('\n').toString());
            for (int i = 0; i < n; i++) {
                line.setLength(0);
                for (int j = 0; j < cols; j++) {
                    line.append(j == 0 ? "" : ",").append(gaussian(rng));
                }
                w.write(line.append('\n').toString());
            }
        }
    }

    /** A standard normal draw by the polar method: only + - * / sqrt log, so the same bits everywhere (StrictMath). */
    private static double gaussian(SplittableRandom rng) {
        while (true) {
            double u = 2 * rng.nextDouble() - 1;
            double v = 2 * rng.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
            }
        }
    }
}
