package app.spotter.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers rows into workouts in the file's order: rows of one workout key form one workout, consecutive rows of
 * one exercise (and superset) form one exercise, so an exercise done twice in a workout stays two entries.
 */
final class WorkoutGatherer {
    private final Map<String, Gathering> workouts = new LinkedHashMap<>();

    /** The header of a workout, taken from its first row. */
    record Header(String name, long startedAt, long durationSeconds, String note) {
    }

    void add(String key, Header header, String exercise, String supersetId, String exerciseNote, ImportedSet set) {
        Gathering w = workouts.computeIfAbsent(key, k -> new Gathering(header));
        if (w.note.isEmpty() && !header.note().isEmpty()) {
            w.note = header.note();
        }
        int last = w.exercises.size() - 1;
        ImportedExercise current = last < 0 ? null : w.exercises.get(last);
        if (current != null && current.name().equals(exercise) && current.supersetId().equals(supersetId)) {
            String note = current.note().isEmpty() ? exerciseNote : current.note();
            w.exercises.set(last, new ImportedExercise(exercise, supersetId, note, current.sets()).with(set));
        } else {
            w.exercises.add(new ImportedExercise(exercise, supersetId, exerciseNote, List.of(set)));
        }
    }

    List<ImportedWorkout> workouts() {
        List<ImportedWorkout> list = new ArrayList<>();
        for (Map.Entry<String, Gathering> e : workouts.entrySet()) {
            Gathering w = e.getValue();
            list.add(new ImportedWorkout(e.getKey(), w.header.name(), w.header.startedAt(),
                    w.header.durationSeconds(), w.note, w.exercises));
        }
        return list;
    }

    private static final class Gathering {
        final Header header;
        final List<ImportedExercise> exercises = new ArrayList<>();
        String note;

        Gathering(Header header) {
            this.header = header;
            this.note = header.note();
        }
    }
}
