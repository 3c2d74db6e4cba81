package app.spotter.server.transfer;

import app.spotter.history.WeightUnit;
import app.spotter.imports.HevyExport;
import app.spotter.imports.ImportedFile;
import app.spotter.imports.StrongExport;

/**
 * The workout CSVs other apps export, each with the two columns that tell its workouts apart and the shared reader
 * of its rows. Strong's weights are in the unit the user says; Hevy's header names its own (weight_kg or
 * weight_lbs), so the unit asked for is not used.
 */
enum CsvImportFormat {
    STRONG("date", "workout name") {
        @Override
        ImportedFile read(String text, WeightUnit unit, int utcOffsetMinutes) {
            return StrongExport.read(text, unit, utcOffsetMinutes);
        }
    },
    HEVY("start_time", "title") {
        @Override
        ImportedFile read(String text, WeightUnit unit, int utcOffsetMinutes) {
            return HevyExport.read(text, utcOffsetMinutes);
        }
    };

    private final String whenColumn;
    private final String nameColumn;

    CsvImportFormat(String whenColumn, String nameColumn) {
        this.whenColumn = whenColumn;
        this.nameColumn = nameColumn;
    }

    /** The header's name (lower case, trimmed) of the column holding when a workout started. */
    String whenColumn() {
        return whenColumn;
    }

    /** The header's name of the column holding a workout's name. */
    String nameColumn() {
        return nameColumn;
    }

    /** Reads a small file of this format (the header and one workout's rows). */
    abstract ImportedFile read(String text, WeightUnit unit, int utcOffsetMinutes);
}
