package dev.livecommerce.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the default rules over the hand-labelled evaluation set (listing text, livestream speech and viewer chat,
 * 40%+ clean) and scores every (case, type, matched span): a finding counts as a true positive when a labelled
 * claim of the same type has exactly the same original text. Prints precision and recall per type and overall,
 * and every disagreement, so that a rule change shows what it wins and what it breaks.
 */
class EvaluationSetTest {

    private static final String RESOURCE = "/dev/livecommerce/claims/evaluation.jsonl";
    private static final double PRECISION_MIN = 0.95;
    private static final double RECALL_MIN = 0.95;
    private static final Set<String> SOURCES = Set.of("listing", "speech", "chat");

    private record Labelled(String text, String category, String source, List<Finding> expected) {
    }

    private record Finding(ClaimType type, String matched) {
    }

    private static final class Score {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        double precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? 1.0 : (double) truePositives / found;
        }

        double recall() {
            int labelled = truePositives + falseNegatives;
            return labelled == 0 ? 1.0 : (double) truePositives / labelled;
        }
    }

    @Test
    void defaultRulesMeetPrecisionAndRecallOnTheEvaluationSet() throws IOException {
        List<Labelled> cases = load();
        ClaimEngine engine = ClaimEngine.compile(DefaultClaimRules.load());
        Map<ClaimType, Score> byType = new EnumMap<>(ClaimType.class);
        for (ClaimType type : ClaimType.values()) {
            byType.put(type, new Score());
        }
        Score overall = new Score();
        List<String> disagreements = new ArrayList<>();
        for (Labelled labelled : cases) {
            Map<Finding, Integer> expected = count(labelled.expected());
            Map<Finding, Integer> found = count(engine.scan(labelled.text(), labelled.category()).stream()
                    .map(m -> new Finding(m.type(), m.matchedText()))
                    .toList());
            for (Map.Entry<Finding, Integer> e : expected.entrySet()) {
                int hit = Math.min(e.getValue(), found.getOrDefault(e.getKey(), 0));
                int missed = e.getValue() - hit;
                add(byType.get(e.getKey().type()), overall, hit, 0, missed);
                if (missed > 0) {
                    disagreements.add("FN " + e.getKey() + " in " + describe(labelled));
                }
            }
            for (Map.Entry<Finding, Integer> f : found.entrySet()) {
                int extra = f.getValue() - Math.min(f.getValue(), expected.getOrDefault(f.getKey(), 0));
                if (extra > 0) {
                    add(byType.get(f.getKey().type()), overall, 0, extra, 0);
                    disagreements.add("FP " + f.getKey() + " in " + describe(labelled));
                }
            }
        }
        long clean = cases.stream().filter(c -> c.expected().isEmpty()).count();
        StringBuilder report = new StringBuilder();
        report.append(String.format("evaluation set: %d cases, %d clean (%.0f%%)%n", cases.size(), clean,
                100.0 * clean / cases.size()));
        report.append(String.format("%-22s %5s %5s %5s %9s %7s%n", "type", "TP", "FP", "FN", "precision", "recall"));
        byType.forEach((type, score) -> report.append(line(type.name(), score)));
        report.append(line("OVERALL", overall));
        disagreements.forEach(d -> report.append(d).append('\n'));
        System.out.print(report);

        assertThat(clean).as("share of clean cases").isGreaterThanOrEqualTo(Math.round(cases.size() * 0.4));
        assertThat(overall.precision()).as("overall precision%n%s", report).isGreaterThanOrEqualTo(PRECISION_MIN);
        assertThat(overall.recall()).as("overall recall%n%s", report).isGreaterThanOrEqualTo(RECALL_MIN);
    }

    private static String line(String name, Score score) {
        return String.format("%-22s %5d %5d %5d %9.3f %7.3f%n", name, score.truePositives, score.falsePositives,
                score.falseNegatives, score.precision(), score.recall());
    }

    private static void add(Score type, Score overall, int truePositives, int falsePositives, int falseNegatives) {
        for (Score score : List.of(type, overall)) {
            score.truePositives += truePositives;
            score.falsePositives += falsePositives;
            score.falseNegatives += falseNegatives;
        }
    }

    private static String describe(Labelled labelled) {
        return "[" + labelled.category() + "/" + labelled.source() + "] " + labelled.text();
    }

    private static Map<Finding, Integer> count(List<Finding> findings) {
        Map<Finding, Integer> counts = new HashMap<>();
        findings.forEach(f -> counts.merge(f, 1, Integer::sum));
        return counts;
    }

    private static List<Labelled> load() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Labelled> cases = new ArrayList<>();
        try (InputStream in = EvaluationSetTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                String text = node.get("text").asText();
                String source = node.get("source").asText();
                assertThat(SOURCES).as("source on line %d", lineNumber).contains(source);
                List<Finding> expected = new ArrayList<>();
                for (JsonNode e : node.get("expected")) {
                    String matched = e.get("matched").asText();
                    assertThat(text).as("labelled span on line %d", lineNumber).contains(matched);
                    expected.add(new Finding(ClaimType.valueOf(e.get("type").asText()), matched));
                }
                cases.add(new Labelled(text, node.get("category").asText(), source, expected));
            }
        }
        return cases;
    }
}
