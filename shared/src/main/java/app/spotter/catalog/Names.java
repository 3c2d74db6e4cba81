package app.spotter.catalog;

/** How exercise names are compared: case, punctuation and spacing do not count ("Push-Up" is "push up"). */
final class Names {
    private Names() {
    }

    static String normalize(String name) {
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

    /** Splits on one character, keeping empty parts (no regular expression: it would weigh on the bundle). */
    static String[] split(String text, char separator) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts.toArray(new String[0]);
    }

    /** True when every word of {@code query} starts a word of {@code text} (both normalized). */
    static boolean wordsStart(String text, String[] queryWords) {
        String[] words = split(text, ' ');
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
