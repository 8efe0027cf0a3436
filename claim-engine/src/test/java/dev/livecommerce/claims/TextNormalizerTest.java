package dev.livecommerce.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every transformation of the normaliser, and the way back from each normalised char to the original text. */
class TextNormalizerTest {

    private static final String ZERO_WIDTH_SPACE = "\u200B";

    @Test
    void fullWidthBecomesHalfWidthAndLowerCase() {
        NormalizedText n = TextNormalizer.normalize("加ＶＸ号");
        assertThat(n.text()).isEqualTo("加vx号");
        assertThat(n.originalOf(1, 3)).isEqualTo("ＶＸ");
    }

    @Test
    void traditionalBecomesSimplified() {
        NormalizedText n = TextNormalizer.normalize("這是全網最低價");
        assertThat(n.text()).isEqualTo("这是全网最低价");
        assertThat(n.originalOf(2, 7)).isEqualTo("全網最低價");
    }

    @Test
    void separatorsAndFillersBetweenCharactersAreDropped() {
        assertThat(TextNormalizer.normalize("最 好").text()).isEqualTo("最好");
        assertThat(TextNormalizer.normalize("最*强").text()).isEqualTo("最强");
        assertThat(TextNormalizer.normalize("最．佳").text()).isEqualTo("最佳");
        assertThat(TextNormalizer.normalize("最" + ZERO_WIDTH_SPACE + "好").text()).isEqualTo("最好");
        assertThat(TextNormalizer.normalize("最🔥火").text()).isEqualTo("最火");
        assertThat(TextNormalizer.normalize("最丨好").text()).isEqualTo("最好");
        assertThat(TextNormalizer.normalize("最\u3164好").text()).isEqualTo("最好"); // Hangul filler
    }

    @Test
    void droppedFillersStayInsideTheOriginalSpan() {
        NormalizedText n = TextNormalizer.normalize("这是最🔥好" + ZERO_WIDTH_SPACE + "的");
        assertThat(n.text()).isEqualTo("这是最好的");
        assertThat(n.originalOf(2, 4)).isEqualTo("最🔥好");
        assertThat(n.originalStart(2)).isEqualTo(2);
        assertThat(n.originalEnd(3)).isEqualTo(6); // the emoji is two UTF-16 chars
    }

    @Test
    void aSentenceEndBecomesOneSpaceSoThatTermsDoNotSpanSentences() {
        NormalizedText n = TextNormalizer.normalize("真的是最。好评如潮！！\n下单");
        assertThat(n.text()).isEqualTo("真的是最 好评如潮 下单");
        assertThat(n.originalOf(4, 5)).isEqualTo("。");
    }

    @Test
    void aDotStaysOnlyAsADecimalPoint() {
        assertThat(TextNormalizer.normalize("到手价9.9元").text()).isEqualTo("到手价9.9元");
        assertThat(TextNormalizer.normalize("138.1234.5678").text()).isEqualTo("13812345678");
        assertThat(TextNormalizer.normalize("No.1").text()).isEqualTo("no1");
    }

    @Test
    void circledParenthesisedAndFullWidthDigitsBecomeDigits() {
        NormalizedText n = TextNormalizer.normalize("①③⑧❶⑴０");
        assertThat(n.text()).isEqualTo("138110");
        assertThat(n.originalOf(4, 5)).isEqualTo("⑴");
        assertThat(n.originalOf(5, 6)).isEqualTo("０");
    }

    @Test
    void aNumberOfTwoDigitsFromOneCharMapsBothDigitsToThatChar() {
        NormalizedText n = TextNormalizer.normalize("第⑩名");
        assertThat(n.text()).isEqualTo("第10名");
        assertThat(n.originalOf(1, 2)).isEqualTo("⑩");
        assertThat(n.originalOf(2, 3)).isEqualTo("⑩");
        assertThat(n.originalOf(1, 4)).isEqualTo("⑩名");
    }

    @Test
    void chineseNumeralsInsideAPhoneNumberBecomeDigits() {
        NormalizedText n = TextNormalizer.normalize("电话一三八 一二三四 五六七八");
        assertThat(n.text()).isEqualTo("电话13812345678");
        assertThat(n.originalOf(2, 13)).isEqualTo("一三八 一二三四 五六七八");
        assertThat(TextNormalizer.normalize("壹叁捌壹贰叁肆伍陆柒捌").text()).isEqualTo("13812345678");
        assertThat(TextNormalizer.normalize("幺三八幺二三四五六七八").text()).isEqualTo("13812345678");
    }

    @Test
    void chineseNumeralsOutsideNumbersStayAsTheyAre() {
        assertThat(TextNormalizer.normalize("第一次买一送一").text()).isEqualTo("第一次买一送一");
    }

    @Test
    void urlEncodedTextIsDecodedAndMapsBackToItsEscapes() {
        NormalizedText n = TextNormalizer.normalize("看%E6%9C%80%E5%A5%BD的");
        assertThat(n.text()).isEqualTo("看最好的");
        assertThat(n.originalOf(1, 2)).isEqualTo("%E6%9C%80");
        assertThat(n.originalOf(1, 3)).isEqualTo("%E6%9C%80%E5%A5%BD");
        assertThat(n.originalOf(3, 4)).isEqualTo("的");
    }

    @Test
    void aPercentSignThatIsNoEscapeStays() {
        assertThat(TextNormalizer.normalize("100%纯棉").text()).isEqualTo("100%纯棉");
        assertThat(TextNormalizer.normalize("满100%20减").text()).isEqualTo("满100%20减");
        assertThat(TextNormalizer.normalize("%E6%9C").text()).isEqualTo("%e6%9c"); // an incomplete char
    }

    @Test
    void lookAlikeLettersFromOtherScriptsAndKangxiRadicalsFold() {
        NormalizedText n = TextNormalizer.normalize("vх第⼀"); // Cyrillic х, Kangxi radical one
        assertThat(n.text()).isEqualTo("vx第一");
        assertThat(n.originalOf(0, 2)).isEqualTo("vх");
        assertThat(TextNormalizer.normalize("➕V").text()).isEqualTo("+v");
        assertThat(TextNormalizer.normalize("𝐯𝐱").text()).isEqualTo("vx");
        assertThat(TextNormalizer.normalize("𝐯𝐱").originalOf(0, 1)).isEqualTo("𝐯");
    }

    @Test
    void trademarkSignsAreKept() {
        assertThat(TextNormalizer.normalize("第一坊® 手工皂").text()).isEqualTo("第一坊®手工皂");
        assertThat(TextNormalizer.normalize("第一坊™").text()).isEqualTo("第一坊®");
    }

    @Test
    void rareIdeographsOutsideTheBasicPlaneAreKeptWhole() {
        NormalizedText n = TextNormalizer.normalize("𠀀好");
        assertThat(n.text()).isEqualTo("𠀀好");
        assertThat(n.originalOf(0, 2)).isEqualTo("𠀀");
    }

    @Test
    void emptyAndSeparatorOnlyTextNormaliseToNothing() {
        assertThat(TextNormalizer.normalize("").text()).isEmpty();
        assertThat(TextNormalizer.normalize(" *** 🔥 ").text()).isEmpty();
        assertThat(TextNormalizer.normalize("abc").originalOf(1, 1)).isEmpty();
    }
}
