package app.spotter.workout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/** List helpers for items matched by id: the canonical id order, lookup, replacement and the by-id merge. */
final class Items {
    private Items() {
    }

    static <T> List<T> byId(List<T> items, Function<T, String> id) {
        boolean inOrder = true;
        for (int i = 1; i < items.size() && inOrder; i++) {
            inOrder = id.apply(items.get(i - 1)).compareTo(id.apply(items.get(i))) < 0;
        }
        if (inOrder) {
            return List.copyOf(items);
        }
        List<T> sorted = new ArrayList<>(items);
        sorted.sort((x, y) -> id.apply(x).compareTo(id.apply(y)));
        for (int i = 1; i < sorted.size(); i++) {
            if (id.apply(sorted.get(i)).equals(id.apply(sorted.get(i - 1)))) {
                throw new IllegalArgumentException("duplicate id " + id.apply(sorted.get(i)));
            }
        }
        return List.copyOf(sorted);
    }

    static <T> void sortByPosition(List<T> items, Function<T, String> position, Function<T, String> id) {
        items.sort((x, y) -> {
            int byPosition = position.apply(x).compareTo(position.apply(y));
            return byPosition != 0 ? byPosition : id.apply(x).compareTo(id.apply(y));
        });
    }

    static <T> T find(List<T> items, String wanted, Function<T, String> id) {
        for (T item : items) {
            if (id.apply(item).equals(wanted)) {
                return item;
            }
        }
        return null;
    }

    /** The list with {@code item} in place of the one with its id, or added when there is none. */
    static <T> List<T> replace(List<T> items, T item, Function<T, String> id) {
        List<T> copy = new ArrayList<>();
        for (T existing : items) {
            if (!id.apply(existing).equals(id.apply(item))) {
                copy.add(existing);
            }
        }
        copy.add(item);
        return copy;
    }

    /** Both lists' items, those with the same id in both merged. Both inputs are in id order. */
    static <T> List<T> merge(List<T> a, List<T> b, Function<T, String> id, BinaryOperator<T> mergeTwo) {
        List<T> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (j == b.size()) {
                out.add(a.get(i++));
            } else if (i == a.size()) {
                out.add(b.get(j++));
            } else {
                int c = id.apply(a.get(i)).compareTo(id.apply(b.get(j)));
                if (c == 0) {
                    out.add(mergeTwo.apply(a.get(i++), b.get(j++)));
                } else {
                    out.add(c < 0 ? a.get(i++) : b.get(j++));
                }
            }
        }
        return out;
    }
}
