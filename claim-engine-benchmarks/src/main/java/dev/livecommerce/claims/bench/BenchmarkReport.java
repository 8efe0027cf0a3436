package dev.livecommerce.claims.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ClaimEngineBenchmark} in one JMH run and prints chars/s of both sides and their ratio.
 * <p>
 * Arguments (all optional): forks, warm-up iterations, measurement iterations, seconds per iteration.
 */
public final class BenchmarkReport {

    /** The engine, doing much more per char, should keep at least half the bare automaton's speed. */
    static final double RATIO_TARGET = 0.5;

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws RunnerException {
        int forks = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Options options = new OptionsBuilder()
                .include(ClaimEngineBenchmark.class.getName() + "\\.")
                .forks(forks)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .threads(1)
                .jvmArgsAppend("-Xms1g", "-Xmx1g")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double engine = charsPerSecond(results, "claimEngineScan");
        double baseline = charsPerSecond(results, "ahoCorasickWithoutNormalisation");
        double ratio = engine / baseline;
        ClaimEngineBenchmark setup = new ClaimEngineBenchmark();
        setup.setUp();
        System.out.printf("%ncorpus: %d segments, %d chars; dictionary: %d terms%n",
                ClaimEngineBenchmark.CORPUS_SEGMENTS, ClaimEngineBenchmark.CORPUS_CHARS, setup.dictionarySize());
        System.out.printf("ClaimEngine.scan (normalisation + exemptions) : %,14.0f chars/s%n", engine);
        System.out.printf("AhoCorasickDoubleArrayTrie (no normalisation) : %,14.0f chars/s%n", baseline);
        System.out.printf("ratio engine / library                        : %14.2f (target >= %.1f) %s%n", ratio,
                RATIO_TARGET, ratio >= RATIO_TARGET ? "MET" : "MISSED");
    }

    private static double charsPerSecond(Collection<RunResult> results, String benchmark) {
        for (RunResult result : results) {
            if (result.getParams().getBenchmark().endsWith("." + benchmark)) {
                return result.getPrimaryResult().getScore() * ClaimEngineBenchmark.CORPUS_CHARS;
            }
        }
        throw new IllegalStateException("no result for " + benchmark);
    }
}
