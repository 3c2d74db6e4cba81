package app.spotter.text;

import java.util.ArrayList;
import java.util.List;

/** Splitting text on one character without regular expressions (they would weigh on the browser bundle). */
public final class Split {
    private Split() {
    }

    /** Every part between separators, empty parts kept: {@code on("a,,b", ',')} is {@code [a, "", b]}. */
    public static String[] on(String text, char separator) {
        List<String> parts = new ArrayList<>();
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

    /** The non-empty parts between separators: {@code words(" a  b ", ' ')} is {@code [a, b]}. */
    public static String[] words(String text, char separator) {
        List<String> parts = new ArrayList<>();
        for (String part : on(text, separator)) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts.toArray(new String[0]);
    }
}
