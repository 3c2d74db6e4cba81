package app.spotter.transfer;

import app.spotter.history.WeightUnit;
import app.spotter.session.SessionExercise;
import app.spotter.session.SessionValidator;
import app.spotter.session.SetEntry;
import app.spotter.session.WorkoutSession;
import app.spotter.validation.FieldError;
import app.spotter.validation.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CSV exported by Strong into finished workouts. Both of Strong's layouts are understood: the older one
 * separated by semicolons with a Weight Unit column, and the newer comma-separated one with a Duration column.
 * Each workout's id is derived from its date and name, so importing the same file again adds nothing twice.
 * Any problem refuses the whole file, naming the line.
 */
public final class StrongCsvImport {
    private static final String[] REQUIRED = {"date", "workout name", "exercise name", "set order", "weight", "reps"};

    private StrongCsvImport() {
    }

    /** The workouts read, and how many rows were left out because they hold no reps (cardio, timed sets). */
    public record Result(List<WorkoutSession> workouts, int skippedRows) {
    }

    /**
     * @param unit the unit of the Weight column when the file does not say (Strong writes the user's setting)
     * @param utcOffsetMinutes the zone the dates were written in, as minutes ahead of UTC
     */
    public static Result read(String text, WeightUnit unit, int utcOffsetMinutes) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstBreak = body.indexOf('\n');
        String header = firstBreak < 0 ? body : body.substring(0, firstBreak);
        char delimiter = header.indexOf(';') >= 0 ? ';' : ',';
        List<Csv.Row> rows = Csv.parse(body, delimiter);
        if (rows.isEmpty()) {
            throw error(1, "the file is empty");
        }
        Map<String, Integer> columns = columns(rows.get(0));
        Map<String, Draft> workouts = new LinkedHashMap<>();
        int skipped = 0;
        for (int r = 1; r < rows.size(); r++) {
            Csv.Row row = rows.get(r);
            Line line = new Line(row, columns);
            String repsText = line.get("reps");
            if (repsText.isEmpty()) {
                skipped++;
                continue;
            }
            String date = line.required("date");
            String name = Csv.fromText(line.required("workout name"));
            Draft workout = workouts.computeIfAbsent(date + "|" + name,
                    k -> new Draft(name, parseDate(date, row.line(), utcOffsetMinutes),
                            parseDuration(line.get("duration").isEmpty() ? line.get("workout duration")
                                    : line.get("duration"), row.line())));
            String rowUnit = line.get("weight unit");
            WeightUnit weightUnit;
            try {
                weightUnit = rowUnit.isEmpty() ? unit : WeightUnit.parse(rowUnit);
            } catch (IllegalArgumentException e) {
                throw error(row.line(), "Weight Unit must be kg or lbs, not '" + rowUnit + "'");
            }
            double weight = line.number("weight", 0);
            int reps = (int) line.number("reps", 0);
            if (reps != line.number("reps", 0)) {
                throw error(row.line(), "Reps must be a whole number");
            }
            String exercise = Csv.fromText(line.required("exercise name"));
            workout.add(exercise, new SetEntry(reps, weightUnit.toKg(weight), reps,
                    weightUnit.toKg(weight), true, workout.startedAt), row.line());
        }
        List<WorkoutSession> sessions = new ArrayList<>();
        for (Map.Entry<String, Draft> entry : workouts.entrySet()) {
            sessions.add(entry.getValue().build(entry.getKey()));
        }
        return new Result(sessions, skipped);
    }

    private static Map<String, Integer> columns(Csv.Row header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.put(header.fields().get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw error(header.line(), "this is not a Strong export: the column '" + required + "' is missing");
            }
        }
        return columns;
    }

    /** {@code 2019-01-11 12:31:54}, optionally followed by AM or PM. */
    static long parseDate(String text, int line, int utcOffsetMinutes) {
        String t = text.replace('\u202f', ' ').trim();
        try {
            boolean pm = t.toUpperCase(Locale.ROOT).endsWith("PM");
            boolean am = t.toUpperCase(Locale.ROOT).endsWith("AM");
            if (pm || am) {
                t = t.substring(0, t.length() - 2).trim();
            }
            String[] dateTime = t.split(" ");
            String[] ymd = dateTime[0].split("-");
            String[] hms = dateTime.length > 1 ? dateTime[1].split(":") : new String[] {"0", "0", "0"};
            int hour = Integer.parseInt(hms[0]);
            if (pm && hour < 12) {
                hour += 12;
            } else if (am && hour == 12) {
                hour = 0;
            }
            int month = Integer.parseInt(ymd[1]);
            int day = Integer.parseInt(ymd[2]);
            int minute = Integer.parseInt(hms[1]);
            int second = hms.length > 2 ? Integer.parseInt(hms[2]) : 0;
            if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
                throw new NumberFormatException();
            }
            return CivilTime.toEpochMillis(Integer.parseInt(ymd[0]), month, day, hour, minute, second,
                    utcOffsetMinutes);
        } catch (RuntimeException e) {
            throw error(line, "Date must look like 2024-01-31 18:30:00, not '" + text + "'");
        }
    }

    /** {@code 1h 5m}, {@code 45m}, {@code 30s}; a bare number is seconds; empty is unknown (0). */
    static long parseDuration(String text, int line) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return 0;
        }
        try {
            if (t.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(t);
            }
            long seconds = 0;
            long number = -1;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.isDigit(c)) {
                    number = (number < 0 ? 0 : number * 10) + (c - '0');
                } else if (c == 'h' || c == 'm' || c == 's') {
                    if (number < 0) {
                        throw new NumberFormatException();
                    }
                    seconds += number * (c == 'h' ? 3600 : c == 'm' ? 60 : 1);
                    number = -1;
                } else if (c != ' ') {
                    throw new NumberFormatException();
                }
            }
            if (number >= 0) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (RuntimeException e) {
            throw error(line, "Duration must look like 1h 5m, not '" + text + "'");
        }
    }

    static ValidationException error(int line, String problem) {
        return new ValidationException(new FieldError("line " + line, "line " + line + ": " + problem));
    }

    /** The fields of one row by column name. */
    private record Line(Csv.Row row, Map<String, Integer> columns) {
        String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= row.fields().size() ? "" : row.fields().get(index).trim();
        }

        String required(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw error(row.line(), "'" + column + "' is empty");
            }
            return value;
        }

        double number(String column, double empty) {
            String value = get(column);
            if (value.isEmpty()) {
                return empty;
            }
            try {
                double d = Double.parseDouble(value.replace(',', '.'));
                if (Double.isNaN(d) || Double.isInfinite(d) || d < 0) {
                    throw new NumberFormatException();
                }
                return d;
            } catch (NumberFormatException e) {
                throw error(row.line(), "'" + column + "' must be a number, not '" + value + "'");
            }
        }
    }

    /** A workout being gathered from its rows. */
    private static final class Draft {
        private final String name;
        private final long startedAt;
        private final long durationSeconds;
        private final Map<String, List<SetEntry>> exercises = new LinkedHashMap<>();
        private int lastLine;

        Draft(String name, long startedAt, long durationSeconds) {
            this.name = name;
            this.startedAt = startedAt;
            this.durationSeconds = durationSeconds;
        }

        void add(String exercise, SetEntry set, int line) {
            exercises.computeIfAbsent(exercise, k -> new ArrayList<>()).add(set);
            lastLine = line;
        }

        WorkoutSession build(String key) {
            List<SessionExercise> list = new ArrayList<>();
            for (Map.Entry<String, List<SetEntry>> e : exercises.entrySet()) {
                list.add(new SessionExercise(e.getKey(), 0, e.getValue()));
            }
            long finishedAt = startedAt + Math.max(1, durationSeconds) * 1000;
            WorkoutSession session = new WorkoutSession("strong-" + fingerprint(key), "", name, startedAt,
                    finishedAt, 1, 0, 0, list, finishedAt);
            List<FieldError> errors = SessionValidator.validate(session);
            if (!errors.isEmpty()) {
                throw error(lastLine, "the workout '" + name + "' cannot be imported: " + errors.get(0).field()
                        + ": " + errors.get(0).message());
            }
            return session;
        }
    }

    /** FNV-1a, 64 bits: a stable id for a workout from its date and name. */
    static String fingerprint(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return Long.toHexString(hash);
    }
}
