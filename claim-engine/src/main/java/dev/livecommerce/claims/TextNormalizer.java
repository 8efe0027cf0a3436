package dev.livecommerce.claims;

/**
 * Normalises text against filter evasion before rules look at it, keeping the way back to the original. In one
 * pass over the text:
 * <ul>
 * <li>full width to half width, circled, parenthesised and full-width digits to ASCII digits, Kangxi radicals
 * and compatibility ideographs to ordinary ones (Unicode NFKC), look-alike Cyrillic and Greek letters to Latin;
 * <li>lower case, traditional to simplified Chinese (OpenCC's character table);
 * <li>separators and fillers dropped: spaces, punctuation, symbols, emoji, zero-width and invisible chars ("最 好",
 * "最*强", "最．佳", "最\u200B好" all become "最好"); a sentence end (。！？；, a line break) becomes one space;
 * a dot stays only as a decimal point;
 * <li>URL-encoded UTF-8 decoded ("%E6%9C%80" is 最);
 * <li>inside a run of at least seven digits and numerals, Chinese numerals become digits ("一三八…", "壹叁捌…").
 * </ul>
 * Terms, exemptions and patterns of the rules are normalised the same way (patterns are written against the
 * normalised form).
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static NormalizedText normalize(String text) {
        NormalizationBuffer buffer = new NormalizationBuffer();
        buffer.normalize(text);
        return new NormalizedText(text, buffer);
    }
}
