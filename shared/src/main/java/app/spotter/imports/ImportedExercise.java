package app.spotter.imports;

import java.util.ArrayList;
import java.util.List;

/** One exercise of an imported workout, with its sets in the file's order. */
public record ImportedExercise(String name, String supersetId, String note, List<ImportedSet> sets) {
    public ImportedExercise {
        sets = List.copyOf(sets);
    }

    ImportedExercise with(ImportedSet set) {
        List<ImportedSet> more = new ArrayList<>(sets);
        more.add(set);
        return new ImportedExercise(name, supersetId, note, more);
    }
}
