package app.spotter.server.transfer;

import app.spotter.server.http.ApiException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An uploaded file (a JSON object) on disk, read a member at a time with {@link JsonScan}: the small members
 * first, by key, then each large member handed over as a stream. Strict UTF-8.
 */
final class ImportFile {
    private static final int SMALL_MAX_CHARS = 1000;

    /** Reads one large member of the object (an array or a long string) from the scanner. */
    interface LargeMember {
        void read(String key, JsonScan scan) throws IOException;
    }

    private final Path file;

    ImportFile(Path file) {
        this.file = file;
    }

    /** The raw JSON text of every member not named in {@code large}; those are skipped. */
    Map<String, String> smallMembers(Set<String> large) {
        Map<String, String> small = new LinkedHashMap<>();
        walk((key, scan) -> {
            if (large.contains(key)) {
                scan.skip();
            } else {
                small.put(key, scan.raw(SMALL_MAX_CHARS));
            }
        });
        return small;
    }

    /** Hands each member named in {@code large} to the reader; skips the others. */
    void largeMembers(Set<String> large, LargeMember reader) {
        walk((key, scan) -> {
            if (large.contains(key)) {
                reader.read(key, scan);
            } else {
                scan.skip();
            }
        });
    }

    private void walk(LargeMember member) {
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024)) {
            JsonScan scan = new JsonScan(in);
            scan.expect('{');
            if (!scan.closesAt('}')) {
                do {
                    String key = scan.string(100);
                    scan.expect(':');
                    member.read(key, scan);
                } while (scan.more('}'));
            }
            if (scan.peek() >= 0) {
                throw JsonScan.malformed("text after the end of the document");
            }
        } catch (CharacterCodingException e) {
            throw ApiException.invalid("", "The file is not valid UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
