package app.spotter.server.transfer;

import app.spotter.json.ExportCodec;
import app.spotter.server.http.BodyText;
import app.spotter.session.WorkoutSession;
import app.spotter.templates.WorkoutTemplate;
import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Spotter export read from disk one template or workout at a time: each entry goes through the app's own
 * {@link ExportCodec} as a one-entry document with the file's header, so the rules are the codec's and the
 * memory is one entry's, not the file's.
 */
final class ExportFileReader {
    /** One entry (a template or a workout) may be at most this long. */
    static final int ENTRY_MAX_CHARS = 1024 * 1024;
    private static final Set<String> LISTS = Set.of("templates", "workouts");

    private ExportFileReader() {
    }

    static ExportCodec.Export read(Path path) {
        ImportFile file = new ImportFile(path);
        Map<String, String> header = file.smallMembers(LISTS);
        String format = header.getOrDefault("format", "null");
        String version = header.getOrDefault("version", "null");
        List<WorkoutTemplate> templates = new ArrayList<>();
        List<WorkoutSession> workouts = new ArrayList<>();
        file.largeMembers(LISTS, (key, scan) -> {
            scan.expect('[');
            if (scan.closesAt(']')) {
                return;
            }
            int index = 0;
            do {
                String entry = scan.raw(ENTRY_MAX_CHARS);
                ExportCodec.Export one = readOne(format, version, key, index, entry);
                templates.addAll(one.templates());
                workouts.addAll(one.workouts());
                index++;
            } while (scan.more(']'));
        });
        ExportCodec.Export empty = ExportCodec.read("{\"format\":" + format + ",\"version\":" + version
                + ",\"exportedAt\":" + header.getOrDefault("exportedAt", "0") + ",\"templates\":[],\"workouts\":[]}");
        return new ExportCodec.Export(empty.exportedAt(), templates, workouts);
    }

    private static ExportCodec.Export readOne(String format, String version, String key, int index, String entry) {
        String where = key + "[" + index + "]";
        BodyText.refuseLoneSurrogates(entry, where);
        String doc = "{\"format\":" + format + ",\"version\":" + version + ",\"templates\":["
                + (key.equals("templates") ? entry : "") + "],\"workouts\":[" + (key.equals("workouts") ? entry : "")
                + "]}";
        try {
            return ExportCodec.read(doc);
        } catch (ValidationException e) {
            FieldError first = e.first();
            String one = key + "[0]";
            throw new ValidationException(new FieldError(renumber(first.field(), one, where),
                    renumber(first.message(), one, where)));
        }
    }

    private static String renumber(String text, String one, String where) {
        return text.startsWith(one) ? where + text.substring(one.length()) : text;
    }
}
