package dev.livecommerce.claims.bench;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import dev.livecommerce.claims.ClaimEngine;
import dev.livecommerce.claims.ClaimRule;
import dev.livecommerce.claims.ClaimType;
import dev.livecommerce.claims.DefaultClaimRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The claim engine (normalisation, automaton, pattern prefilter, exemptions, offsets back to the original) against
 * the bare Aho-Corasick double array trie it is built on, matching the same dictionary on the same corpus without
 * any normalisation. One operation scans the whole corpus; chars/s = ops/s x {@link #CORPUS_CHARS}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClaimEngineBenchmark {

    static final int DICTIONARY_TERMS = 5_000;
    static final int CORPUS_SEGMENTS = 2_000;
    static final long CORPUS_SEED = 42;
    static final SellingTextCorpus CORPUS = new SellingTextCorpus(CORPUS_SEGMENTS, CORPUS_SEED);
    static final long CORPUS_CHARS = CORPUS.chars;

    private ClaimEngine engine;
    private AhoCorasickDoubleArrayTrie<String> automaton;
    private String[] texts;
    private String[] categories;
    private final HitCounter hits = new HitCounter();

    @Setup
    public void setUp() {
        List<ClaimRule> rules = new ArrayList<>(DefaultClaimRules.load());
        Set<String> defaultTerms = new LinkedHashSet<>();
        rules.forEach(r -> defaultTerms.addAll(r.terms()));
        Set<String> generated = GeneratedTerms.upTo(DICTIONARY_TERMS, defaultTerms);
        rules.add(new ClaimRule("benchmark-watch-list", 1, ClaimType.PROHIBITED_GOODS, List.copyOf(generated),
                List.of(), List.of(), Set.of(), "benchmark dictionary"));
        engine = ClaimEngine.compile(rules);

        Map<String, String> dictionary = new TreeMap<>();
        defaultTerms.forEach(t -> dictionary.put(t, t));
        generated.forEach(t -> dictionary.put(t, t));
        automaton = new AhoCorasickDoubleArrayTrie<>();
        automaton.build(dictionary);

        texts = CORPUS.texts.toArray(String[]::new);
        categories = CORPUS.categories.toArray(String[]::new);
    }

    /** Terms in the dictionary both sides match. */
    int dictionarySize() {
        return automaton.size();
    }

    /** Every result list goes to the blackhole, so that building the matches cannot be optimised away. */
    @Benchmark
    public void claimEngineScan(Blackhole blackhole) {
        for (int i = 0; i < texts.length; i++) {
            blackhole.consume(engine.scan(texts[i], categories[i]));
        }
    }

    @Benchmark
    public int ahoCorasickWithoutNormalisation() {
        hits.count = 0;
        for (String text : texts) {
            automaton.parseText(text, hits);
        }
        return hits.count;
    }

    private static final class HitCounter implements AhoCorasickDoubleArrayTrie.IHit<String> {
        int count;

        @Override
        public void hit(int begin, int end, String value) {
            count++;
        }
    }
}
