package app.spotter.client.catalog;

import app.spotter.catalog.CustomExercise;
import app.spotter.catalog.ExerciseCatalog;
import app.spotter.client.platform.Platform;
import app.spotter.client.player.StorageKeys;
import java.util.List;

/** What the exercise pickers offer: the built-in catalog with the user's custom exercises beside it. */
public final class KnownExercises {
    private final CatalogSource catalog;
    private final CustomExerciseList custom;
    private ExerciseCatalog builtIn;
    private List<CustomExercise> added;
    private ExerciseCatalog both;

    public KnownExercises(CatalogSource catalog, CustomExerciseList custom) {
        this.catalog = catalog;
        this.custom = custom;
    }

    public static KnownExercises of(Platform platform, StorageKeys keys) {
        return new KnownExercises(new CatalogSource(platform.http()),
                new CustomExerciseList(platform.http(), platform.storage(), keys.customExercises()));
    }

    /** Both, or null until the catalog has arrived; {@code arrived} runs when it or a newer custom list does. */
    public ExerciseCatalog get(Runnable arrived) {
        custom.refresh(arrived);
        ExerciseCatalog now = catalog.get(arrived);
        if (now == null) {
            return null;
        }
        if (now != builtIn || custom.current() != added) {
            builtIn = now;
            added = custom.current();
            both = now.withCustom(added);
        }
        return both;
    }
}
