package app.spotter.catalog;

import java.util.List;

/**
 * One exercise of the built-in catalog: a stable id that logged sets point at, the name shown, what kind of
 * inputs it takes (the wire name of its exercise kind), the main muscle group, the equipment, and other names it
 * goes by in other apps' exports.
 */
public record CatalogExercise(String id, String name, String kind, String muscle, String equipment,
                              List<String> aliases) {
    public CatalogExercise {
        aliases = List.copyOf(aliases);
    }
}
