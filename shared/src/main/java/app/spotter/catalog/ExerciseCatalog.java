package app.spotter.catalog;

import app.spotter.text.Split;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in exercises, read from the catalog file shipped with the app ({@code /catalog/exercises.tsv}):
 * lookup by id, matching of a name from another app's export by name or alias, and the picker's search.
 */
public final class ExerciseCatalog {
    /** Where the file is served from and found on the classpath (under {@code webroot}). */
    public static final String PATH = "/catalog/exercises.tsv";
    private static final String[] KINDS = {"weight_reps", "bodyweight_reps", "assisted", "reps_only", "duration",
            "distance_duration", "weight_duration"};

    private final List<CatalogExercise> exercises;
    private final Map<String, CatalogExercise> byId = new HashMap<>();
    private final Map<String, CatalogExercise> byName = new HashMap<>();

    private ExerciseCatalog(List<CatalogExercise> exercises) {
        this.exercises = List.copyOf(exercises);
        for (CatalogExercise e : exercises) {
            if (byId.put(e.id(), e) != null) {
                throw new IllegalArgumentException("the catalog has the id " + e.id() + " twice");
            }
            index(Names.normalize(e.name()), e);
            for (String alias : e.aliases()) {
                index(Names.normalize(alias), e);
            }
        }
    }

    /** Reads the catalog file: one exercise a line, six tab-separated columns; lines starting with # are comments. */
    public static ExerciseCatalog parse(String text) {
        List<CatalogExercise> list = new ArrayList<>();
        String[] lines = Split.on(text, '\n');
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = Split.on(line, '\t');
            if (cols.length != 6) {
                throw new IllegalArgumentException("catalog line " + (i + 1) + ": expected 6 columns");
            }
            if (!isKind(cols[2])) {
                throw new IllegalArgumentException("catalog line " + (i + 1) + ": unknown kind " + cols[2]);
            }
            List<String> aliases = new ArrayList<>();
            for (String alias : Split.on(cols[5], '|')) {
                if (!alias.isEmpty()) {
                    aliases.add(alias);
                }
            }
            list.add(new CatalogExercise(cols[0], cols[1], cols[2], cols[3], cols[4], aliases));
        }
        return new ExerciseCatalog(list);
    }

    /**
     * This catalog with a user's custom exercises beside the built-in ones (matched and searched the same way); one
     * whose name the catalog already has is left out (it cannot be stored so, but a newer catalog may add it).
     */
    public ExerciseCatalog withCustom(List<CustomExercise> custom) {
        if (custom.isEmpty()) {
            return this;
        }
        List<CatalogExercise> list = new ArrayList<>(exercises);
        Map<String, CatalogExercise> names = new HashMap<>(byName);
        for (CustomExercise c : custom) {
            CatalogExercise e = new CatalogExercise(c.id(), c.name(), c.kind(), c.muscle(), c.equipment(), List.of());
            if (!byId.containsKey(c.id()) && names.putIfAbsent(c.key(), e) == null) {
                list.add(e);
            }
        }
        return new ExerciseCatalog(list);
    }

    public List<CatalogExercise> all() {
        return exercises;
    }

    public CatalogExercise byId(String id) {
        return byId.get(id);
    }

    /** The exercise a name from an import means, by its name or one of its aliases; null when none does. */
    public CatalogExercise match(String name) {
        return byName.get(Names.normalize(name));
    }

    /**
     * The picker's matches for what the user typed: every typed word must start a word of the exercise's name or
     * of one alias. An exact name or alias comes first, then names that start with the query, then other name
     * matches, then alias matches; alphabetical within each group.
     */
    public List<CatalogExercise> search(String query, int limit) {
        String q = Names.normalize(query);
        if (q.isEmpty()) {
            return List.of();
        }
        String[] words = Split.on(q, ' ');
        CatalogExercise exact = byName.get(q);
        List<CatalogExercise> starts = new ArrayList<>();
        List<CatalogExercise> names = new ArrayList<>();
        List<CatalogExercise> aliases = new ArrayList<>();
        for (CatalogExercise e : exercises) {
            String name = Names.normalize(e.name());
            if (e == exact) {
                continue;
            }
            if (name.startsWith(q)) {
                starts.add(e);
            } else if (Names.wordsStart(name, words)) {
                names.add(e);
            } else if (aliasMatches(e, words)) {
                aliases.add(e);
            }
        }
        List<CatalogExercise> result = new ArrayList<>();
        if (exact != null && limit > 0) {
            result.add(exact);
        }
        for (List<CatalogExercise> group : List.of(starts, names, aliases)) {
            List<CatalogExercise> sorted = new ArrayList<>(group);
            Collections.sort(sorted, (a, b) -> a.name().compareToIgnoreCase(b.name()));
            for (CatalogExercise e : sorted) {
                if (result.size() == limit) {
                    return result;
                }
                result.add(e);
            }
        }
        return result;
    }

    private static boolean aliasMatches(CatalogExercise e, String[] words) {
        for (String alias : e.aliases()) {
            if (Names.wordsStart(Names.normalize(alias), words)) {
                return true;
            }
        }
        return false;
    }

    private void index(String key, CatalogExercise e) {
        CatalogExercise other = byName.put(key, e);
        if (other != null && other != e) {
            throw new IllegalArgumentException("the catalog name " + key + " means both " + other.id() + " and "
                    + e.id());
        }
    }

    private static boolean isKind(String kind) {
        for (String k : KINDS) {
            if (k.equals(kind)) {
                return true;
            }
        }
        return false;
    }
}
