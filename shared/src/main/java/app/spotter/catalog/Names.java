package app.spotter.catalog;

import app.spotter.text.Split;

/**
 * How exercise names are compared: case, punctuation and spacing do not count ("Push-Up" is "push up"). Letters are
 * lower-cased by hand for ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic (as {@link Character#toLowerCase}
 * does) and kept as they are in other scripts: in the browser Character's case and letter tables were 4.5 KB of
 * the gzipped bundle, and server and browser must normalize alike.
 */
public final class Names {
    private Names() {
    }

    public static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = true;
        for (int i = 0; i < name.length(); i++) {
            char c = lowerCase(name.charAt(i));
            if (isCombiningMark(c)) {
                continue;
            }
            if (isWordChar(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    /** ASCII letters and digits, and every other character but punctuation, symbols, spaces and surrogates. */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        boolean latin1Symbol = c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA;
        return !latin1Symbol && c != 0xD7 && c != 0xF7
                && !(c >= 0x2000 && c <= 0x2BFF) // punctuation, super/subscripts, currency, arrows, maths, dingbats
                && !(c >= 0x2E00 && c <= 0x2E7F) // supplemental punctuation
                && !(c >= 0x3000 && c <= 0x303F) // CJK symbols and punctuation
                && !(c >= 0xD800 && c <= 0xDFFF) // surrogates: emoji and the like
                && !(c >= 0xFF00 && c <= 0xFF0F); // full-width punctuation
    }

    private static boolean isCombiningMark(char c) {
        return c >= 0x300 && c <= 0x36F;
    }

    /** {@link Character#toLowerCase} for ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic; others unchanged. */
    static char lowerCase(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c < 0x100) {
            return c >= 0xC0 && c <= 0xDE && c != 0xD7 ? (char) (c + 32) : c;
        }
        if (c < 0x180) {
            return latinExtendedA(c);
        }
        if (c >= 0x386 && c <= 0x3AB) {
            return greek(c);
        }
        if (c >= 0x400 && c <= 0x40F) {
            return (char) (c + 80);
        }
        return c >= 0x410 && c <= 0x42F ? (char) (c + 32) : c;
    }

    private static char latinExtendedA(char c) {
        if (c == 0x130) {
            return 'i';
        }
        if (c == 0x178) {
            return 0xFF;
        }
        // Pairs of capital and small letter: capitals are even up to U+0137 and from U+014A, odd in between.
        boolean oddCapitals = (c >= 0x139 && c <= 0x148) || c >= 0x179;
        boolean paired = c != 0x131 && c != 0x138 && c != 0x149 && c != 0x17F;
        boolean capital = (c & 1) == (oddCapitals ? 1 : 0);
        return paired && capital ? (char) (c + 1) : c;
    }

    private static char greek(char c) {
        if (c == 0x386) {
            return 0x3AC;
        }
        if (c >= 0x388 && c <= 0x38A) {
            return (char) (c + 37);
        }
        if (c == 0x38C) {
            return 0x3CC;
        }
        if (c == 0x38E || c == 0x38F) {
            return (char) (c + 63);
        }
        return c >= 0x391 && c != 0x3A2 ? (char) (c + 32) : c;
    }

    /** True when every word of {@code query} starts a word of {@code text} (both normalized). */
    static boolean wordsStart(String text, String[] queryWords) {
        String[] words = Split.on(text, ' ');
        for (String q : queryWords) {
            boolean found = false;
            for (String w : words) {
                if (w.startsWith(q)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
