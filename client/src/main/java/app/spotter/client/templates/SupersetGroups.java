package app.spotter.client.templates;

import java.util.ArrayList;
import java.util.List;

/**
 * The superset group id of each exercise of a typed: a run of exercises each ticked "superset with the one above"
 * shares the id of the exercise that starts it ({@code ss1}, {@code ss2}, ... in order); an exercise on its own
 * has none. A tick on the first exercise, or on one whose run would be itself alone, means nothing.
 */
final class SupersetGroups {
    private SupersetGroups() {
    }

    static List<String> of(TypedTemplate typed) {
        int count = typed.exercises.size();
        List<String> groups = new ArrayList<>();
        int next = 1;
        for (int i = 0; i < count; i++) {
            boolean joinsAbove = i > 0 && typed.exercises.get(i).supersetWithAbove;
            boolean belowJoins = i + 1 < count && typed.exercises.get(i + 1).supersetWithAbove;
            if (joinsAbove) {
                groups.add(groups.get(i - 1));
            } else if (belowJoins) {
                groups.add("ss" + next++);
            } else {
                groups.add("");
            }
        }
        return groups;
    }
}
