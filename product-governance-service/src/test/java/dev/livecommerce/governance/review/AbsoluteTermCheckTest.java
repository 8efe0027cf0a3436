package dev.livecommerce.governance.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class AbsoluteTermCheckTest {

    private final AbsoluteTermCheck check = new AbsoluteTermCheck();

    @Test
    void reportsTheLongestTermOnceWithItsSpan() {
        List<Violation> found = check.findIn("title", "全网最好的面霜");

        assertEquals(1, found.size());
        assertEquals(Violation.inText(AbsoluteTermCheck.RULE, ViolationType.ABSOLUTE_TERM, "title", 0, 4, "全网最好"),
                found.get(0));
    }

    @Test
    void findsEveryTermWithOffsetsIntoTheOriginalText() {
        List<Violation> found = check.findIn("title", "新款 国家级 顶级 吸尘器 100%除螨");

        assertEquals(List.of("国家级", "顶级", "100%"), found.stream().map(Violation::matchedText).toList());
        assertEquals(3, found.get(0).start());
        assertEquals(6, found.get(0).end());
        assertEquals("100%", "新款 国家级 顶级 吸尘器 100%除螨".substring(found.get(2).start(), found.get(2).end()));
    }

    @Test
    void ordinalUsesOfFirstAreExempt() {
        assertEquals(List.of(), check.findIn("title", "第一次购买送小样 第一批新茶"));
        assertEquals(1, check.findIn("title", "销量第一的面霜").size());
    }

    @Test
    void ordinarySellingTalkIsClean() {
        assertEquals(List.of(), check.findIn("title", "保湿面霜 50ml 温和不刺激 敏感肌可用"));
    }
}
