package dev.livecommerce.moderation.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokens in a chat message that look like a messenger handle or an account number: a run of 5 to 20 Latin letters,
 * digits, '_' or '-' (full width folded, case ignored) with at least 3 digits, not one char repeated ("66666" is
 * applause), and, when it has no letter, at least 6 digits. One alone proves nothing; the same one typed again and
 * again by one viewer does.
 */
final class HandleTokens {

    static final int CHARS_MIN = 5;
    static final int CHARS_MAX = 20;
    private static final int DIGITS_MIN = 3;
    private static final int DIGITS_ONLY_MIN = 6;

    record Token(String handle, int start, int end) {
    }

    private HandleTokens() {
    }

    static List<Token> in(String text) {
        List<Token> tokens = new ArrayList<>(2);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean part = i < text.length() && fold(text.charAt(i)) != 0;
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                token(text, start, i, tokens);
                start = -1;
            }
        }
        return tokens;
    }

    private static void token(String text, int start, int end, List<Token> tokens) {
        int length = end - start;
        if (length < CHARS_MIN || length > CHARS_MAX) {
            return;
        }
        char[] folded = new char[length];
        int digits = 0;
        boolean letters = false;
        boolean varied = false;
        for (int i = 0; i < length; i++) {
            folded[i] = fold(text.charAt(start + i));
            digits += folded[i] >= '0' && folded[i] <= '9' ? 1 : 0;
            letters |= folded[i] >= 'a' && folded[i] <= 'z';
            varied |= folded[i] != folded[0];
        }
        if (digits >= DIGITS_MIN && varied && (letters || digits >= DIGITS_ONLY_MIN)) {
            tokens.add(new Token(new String(folded), start, end));
        }
    }

    /** The char as it counts in a handle (lower case, half width), or 0 when it is not part of one. */
    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ? c : 0;
    }
}
