package dev.livecommerce.claims.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ClaimEngineBenchmark} and prints chars/s of both sides and their ratio.
 * <p>
 * The two sides run in alternating rounds, one fork of each per round, the order swapped from round to round: on
 * a shared machine the load changes by the minute, and JMH's own order (all forks of one benchmark, then all of
 * the other) would give one side a quiet minute and the other a busy one. A round's ratio compares two forks that
 * ran back to back.
 * <p>
 * Arguments (all optional): rounds, warm-up iterations, measurement iterations, seconds per iteration.
 */
public final class BenchmarkReport {

    /** The engine, doing much more per char, should keep at least half the bare automaton's speed. */
    static final double RATIO_TARGET = 0.5;
    private static final String ENGINE = "claimEngineScan";
    private static final String LIBRARY = "ahoCorasickWithoutNormalisation";

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws RunnerException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        List<double[]> results = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            boolean libraryFirst = round % 2 == 0;
            double first = charsPerSecond(libraryFirst ? LIBRARY : ENGINE, warmups, iterations, seconds);
            double second = charsPerSecond(libraryFirst ? ENGINE : LIBRARY, warmups, iterations, seconds);
            results.add(libraryFirst ? new double[]{second, first} : new double[]{first, second});
        }
        ClaimEngineBenchmark setup = new ClaimEngineBenchmark();
        setup.setUp();
        System.out.printf("%ncorpus: %d segments, %d chars; dictionary: %d terms%n",
                ClaimEngineBenchmark.CORPUS_SEGMENTS, ClaimEngineBenchmark.CORPUS_CHARS, setup.dictionarySize());
        System.out.printf("round  ClaimEngine.scan chars/s  AhoCorasickDoubleArrayTrie chars/s  ratio%n");
        double engineSum = 0;
        double librarySum = 0;
        double ratioMin = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            double[] pair = results.get(round);
            System.out.printf("%5d  %,23.0f  %,34.0f  %5.2f%n", round + 1, pair[0], pair[1], pair[0] / pair[1]);
            engineSum += pair[0];
            librarySum += pair[1];
            ratioMin = Math.min(ratioMin, pair[0] / pair[1]);
        }
        double ratio = engineSum / librarySum;
        System.out.printf("ClaimEngine.scan (normalisation + exemptions) : %,14.0f chars/s (mean of rounds)%n",
                engineSum / rounds);
        System.out.printf("AhoCorasickDoubleArrayTrie (no normalisation) : %,14.0f chars/s (mean of rounds)%n",
                librarySum / rounds);
        System.out.printf(
                "ratio engine / library                        : %14.2f (lowest round %.2f; target >= %.1f) %s%n",
                ratio, ratioMin, RATIO_TARGET, ratio >= RATIO_TARGET ? "MET" : "MISSED");
    }

    /** One fork of one benchmark. */
    private static double charsPerSecond(String benchmark, int warmups, int iterations, int seconds)
            throws RunnerException {
        Options options = new OptionsBuilder()
                .include(Pattern.quote(ClaimEngineBenchmark.class.getName() + "." + benchmark) + "$")
                .forks(1)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .threads(1)
                .jvmArgsAppend("-Xms1g", "-Xmx1g")
                .build();
        RunResult result = new Runner(options).runSingle();
        return result.getPrimaryResult().getScore() * ClaimEngineBenchmark.CORPUS_CHARS;
    }
}
