package app.spotter.server.transfer;

import app.spotter.server.http.BodyText;
import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import app.spotter.workout.ExportCodecV2;
import app.spotter.workout.Template;
import app.spotter.workout.Workout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Spotter export (version 2, or version 1 upgraded on read) read from disk one template or workout at a time:
 * each entry goes through the app's own {@link ExportCodecV2} as a one-entry document with the file's header, so
 * the rules are the codec's and the memory is one entry's, not the file's.
 */
final class ExportFileReader {
    /** One entry (a template or a workout) may be at most this long. */
    static final int ENTRY_MAX_CHARS = 1024 * 1024;
    private static final Set<String> LISTS = Set.of("templates", "workouts");

    private ExportFileReader() {
    }

    static ExportCodecV2.Export read(Path path) {
        ImportFile file = new ImportFile(path);
        Map<String, String> header = file.smallMembers(LISTS);
        String format = header.getOrDefault("format", "null");
        String version = header.getOrDefault("version", "null");
        List<Template> templates = new ArrayList<>();
        List<Workout> workouts = new ArrayList<>();
        file.largeMembers(LISTS, (key, scan) -> {
            scan.expect('[');
            if (scan.closesAt(']')) {
                return;
            }
            int index = 0;
            do {
                String entry = scan.raw(ENTRY_MAX_CHARS);
                ExportCodecV2.Export one = readOne(format, version, key, index, entry);
                templates.addAll(one.templates());
                workouts.addAll(one.workouts());
                index++;
            } while (scan.more(']'));
        });
        ExportCodecV2.Export empty = ExportCodecV2.read("{\"format\":" + format + ",\"version\":" + version
                + ",\"exportedAt\":" + header.getOrDefault("exportedAt", "0") + ",\"templates\":[],\"workouts\":[]}");
        return new ExportCodecV2.Export(empty.exportedAt(), templates, workouts);
    }

    private static ExportCodecV2.Export readOne(String format, String version, String key, int index, String entry) {
        String where = key + "[" + index + "]";
        BodyText.refuseLoneSurrogates(entry, where);
        BodyText.refuseNul(entry, where);
        String doc = "{\"format\":" + format + ",\"version\":" + version + ",\"exportedAt\":0,\"templates\":["
                + (key.equals("templates") ? entry : "") + "],\"workouts\":[" + (key.equals("workouts") ? entry : "")
                + "]}";
        try {
            return ExportCodecV2.read(doc);
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
