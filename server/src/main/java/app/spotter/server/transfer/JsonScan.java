package app.spotter.server.transfer;

import app.spotter.server.http.ApiException;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Reads JSON text a token at a time from a stream, so a whole file never has to be in memory: keys, a value's raw
 * text (bounded), a string's characters one by one, or a value skipped. Structure only; the values it hands out are
 * parsed by the app's one JSON codec.
 */
final class JsonScan {
    /** Receives the characters of a string value, unescaped. */
    interface CharSink {
        void put(char c);
    }

    private final PushbackReader in;

    JsonScan(Reader in) {
        this.in = new PushbackReader(in, 2);
    }

    /** The next character that is not white space; -1 at the end. */
    int peek() throws IOException {
        int c;
        do {
            c = in.read();
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
        if (c >= 0) {
            in.unread(c);
        }
        return c;
    }

    void expect(char wanted) throws IOException {
        int c = peek();
        if (c != wanted) {
            throw malformed("expected '" + wanted + "'" + (c < 0 ? " before the end" : ", found '" + (char) c + "'"));
        }
        in.read();
    }

    /** After an element or member: true when another follows (a comma), false at the closing bracket. */
    boolean more(char close) throws IOException {
        int c = peek();
        in.read();
        if (c == ',') {
            return true;
        }
        if (c == close) {
            return false;
        }
        throw malformed("expected ',' or '" + close + "'");
    }

    /** True (and consumes it) when the container being read is empty. */
    boolean closesAt(char close) throws IOException {
        if (peek() == close) {
            in.read();
            return true;
        }
        return false;
    }

    /** A string token, unescaped; refused past {@code maxChars}. */
    String string(int maxChars) throws IOException {
        StringBuilder out = new StringBuilder();
        stringChars(c -> {
            if (out.length() >= maxChars) {
                throw malformed("a key or name is too long");
            }
            out.append(c);
        });
        return out.toString();
    }

    /** A string value's characters, unescaped, handed to the sink one at a time. */
    void stringChars(CharSink sink) throws IOException {
        expect('"');
        for (int c = in.read(); c != '"'; c = in.read()) {
            if (c < 0) {
                throw malformed("a string is not closed");
            }
            if (c == '\\') {
                sink.put(escape());
            } else if (c < 0x20) {
                throw malformed("a control character inside a string");
            } else {
                sink.put((char) c);
            }
        }
    }

    /** The raw text of the next value (object, array, string, number, literal); refused past {@code maxChars}. */
    String raw(int maxChars) throws IOException {
        StringBuilder out = new StringBuilder();
        copyValue(out, maxChars);
        return out.toString();
    }

    void skip() throws IOException {
        copyValue(null, Integer.MAX_VALUE);
    }

    private void copyValue(StringBuilder out, int maxChars) throws IOException {
        int first = peek();
        if (first < 0) {
            throw malformed("a value is missing");
        }
        int depth = 0;
        boolean inString = false;
        long count = 0;
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw malformed("the document ends inside a value");
            }
            if (out != null) {
                if (++count > maxChars) {
                    throw ApiException.tooLarge("One entry of the file is larger than " + maxChars / 1024 + " KB");
                }
                out.append((char) c);
            }
            if (inString) {
                if (c == '\\') {
                    int next = in.read();
                    if (out != null && next >= 0) {
                        out.append((char) next);
                    }
                } else if (c == '"') {
                    inString = false;
                    if (depth == 0) {
                        return;
                    }
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return;
                }
                if (depth < 0) {
                    throw malformed("unbalanced brackets");
                }
            } else if (depth == 0 && isScalarEnd(peekRaw())) {
                return;
            }
        }
    }

    private int peekRaw() throws IOException {
        int c = in.read();
        if (c >= 0) {
            in.unread(c);
        }
        return c;
    }

    private static boolean isScalarEnd(int c) {
        return c < 0 || c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private char escape() throws IOException {
        int c = in.read();
        switch (c) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(in.read(), 16);
                    if (digit < 0) {
                        throw malformed("a bad \\u escape");
                    }
                    value = value * 16 + digit;
                }
                return (char) value;
            default:
                throw malformed("a bad escape");
        }
    }

    static ApiException malformed(String what) {
        return ApiException.invalid("", "Malformed JSON: " + what);
    }
}
