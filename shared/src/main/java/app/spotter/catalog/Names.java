package app.spotter.catalog;

import app.spotter.text.Split;

/** How exercise names are compared: case, punctuation and spacing do not count ("Push-Up" is "push up"). */
public final class Names {
    private Names() {
    }

    public static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = true;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (Character.isLetterOrDigit(c)) {
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
