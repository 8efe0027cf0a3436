package dev.livecommerce.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The prefilters derived from a regular expression must never hide a match: every match contains one string of
 * each anchor, lies in the window the anchors bound, and contains the digit run the prefilter asks for.
 */
class PatternAnchorsTest {

    @Test
    void literalAlternativesAndProductsBecomeAnchors() {
        PatternAnchors.Prefilter prefilter = PatternAnchors.analyse("\\d{1,3}天(?:降压|降糖)");
        assertThat(prefilter.anchors()).hasSize(1);
        assertThat(prefilter.anchors().getFirst().strings()).containsExactlyInAnyOrder("天降压", "天降糖");
        // the anchor starts 1 to 3 chars into a match; any bound at least that large is sound
        assertThat(prefilter.anchors().getFirst().offsetMax()).isBetween(3, 6);
        assertThat(prefilter.matchLengthMax()).isEqualTo(6);
    }

    @Test
    void optionalPartsLeaveTheShortestRequiredStrings() {
        PatternAnchors.Prefilter prefilter = PatternAnchors.analyse("(?:个)?(?:天|周)(?:就)?白");
        assertThat(prefilter.anchors().getFirst().strings()).containsExactlyInAnyOrder("天白", "天就白", "周白", "周就白");
    }

    @Test
    void digitRunsAreMeasured() {
        PatternAnchors.Prefilter phone = PatternAnchors.analyse("(?<![0-9])(?:\\+?86)?1[3-9][0-9]{9}(?![0-9])");
        assertThat(phone.anchors()).isEmpty();
        assertThat(phone.digitRun()).isEqualTo(11);
        assertThat(phone.digitRunOffsetMax()).isEqualTo(3);
    }

    @Test
    void whatTheAnalysisDoesNotUnderstandYieldsNoPrefilter() {
        for (String regex : List.of("[^ ]+", "(?i)最好", "(?<name>最)好", "\\Q最好\\E", ".*", "a|.")) {
            PatternAnchors.Prefilter prefilter = PatternAnchors.analyse(regex);
            assertThat(prefilter.anchors()).as(regex).isEmpty();
            assertThat(prefilter.digitRun()).as(regex).isZero();
        }
    }

    @Test
    void noMatchOfADefaultPatternFallsOutsideItsPrefilter() throws IOException {
        List<String> texts = new ArrayList<>(evaluationTexts());
        texts.addAll(List.of("三天就白了两个度，一周白三个度", "原价是¥12999.00元，今天直播价9.9块钱", "血压很快降下来，血糖也稳了",
                "电话+86 138 0013 8000 或 020-8888 6666", "一个月就瘦了十斤，两周减5kg"));
        int checked = 0;
        for (ClaimRule rule : DefaultClaimRules.load()) {
            for (String regex : rule.patterns()) {
                PatternAnchors.Prefilter prefilter = PatternAnchors.analyse(regex);
                Pattern pattern = Pattern.compile(regex);
                for (String text : texts) {
                    NormalizationBuffer normalized = new NormalizationBuffer();
                    normalized.normalize(text);
                    String n = new String(normalized.chars, 0, normalized.length);
                    Matcher m = pattern.matcher(n);
                    while (m.find()) {
                        checked++;
                        assertWithinPrefilter(regex, prefilter, n, m.start(), m.end(), normalized.numberRunMax);
                    }
                }
            }
        }
        assertThat(checked).as("matches checked").isGreaterThan(30);
    }

    private static void assertWithinPrefilter(String regex, PatternAnchors.Prefilter prefilter, String text,
            int start, int end, int numberRunMax) {
        String match = text.substring(start, end);
        for (PatternAnchors.Anchor anchor : prefilter.anchors()) {
            Set<String> strings = anchor.strings();
            assertThat(strings.stream().anyMatch(match::contains)).as("%s: %s contains an anchor of %s", regex, match,
                    strings).isTrue();
            int first = strings.stream().mapToInt(text::indexOf).filter(i -> i >= 0).min().orElseThrow();
            if (anchor.offsetMax() >= 0) {
                assertThat(start).as("%s: start of %s", regex, match)
                        .isGreaterThanOrEqualTo(first - anchor.offsetMax());
            }
        }
        assertThat(numberRunMax).as("%s: digit run in %s", regex, text).isGreaterThanOrEqualTo(prefilter.digitRun());
        if (prefilter.matchLengthMax() >= 0) {
            assertThat(end - start).as("%s: length of %s", regex, match)
                    .isLessThanOrEqualTo(prefilter.matchLengthMax());
        }
    }

    private static List<String> evaluationTexts() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                PatternAnchorsTest.class.getResourceAsStream("/dev/livecommerce/claims/evaluation.jsonl"),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    texts.add(mapper.readTree(line).get("text").asText());
                }
            }
        }
        return texts;
    }
}
