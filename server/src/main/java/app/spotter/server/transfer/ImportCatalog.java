package app.spotter.server.transfer;

import app.spotter.catalog.ExerciseCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The exercise catalog the client is served ({@code /webroot/catalog/exercises.tsv}), read once on the server for
 * imports and for the names custom exercises may not take.
 */
public final class ImportCatalog {
    private static final String RESOURCE = "/webroot" + ExerciseCatalog.PATH;

    private ImportCatalog() {
    }

    /** Read on first use, then kept: the catalog is part of the build. */
    public static ExerciseCatalog get() {
        return Holder.CATALOG;
    }

    private static final class Holder {
        static final ExerciseCatalog CATALOG = load();
    }

    private static ExerciseCatalog load() {
        try (InputStream in = ImportCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the exercise catalog " + RESOURCE + " is missing from the build");
            }
            return ExerciseCatalog.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
