package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.tsunagu.extraction.internal.text.Sentence;

/** The spans of one layer grouped by the sentence their first token lies in. */
final class BySentence<T> {

    private final Map<Integer, List<T>> groups = new HashMap<>();

    private BySentence() {
    }

    /** Groups {@code values} by sentence, keeping those that pass {@code keep}, each group in {@code order} if given. */
    static <T> BySentence<T> of(List<T> values, int[] sentenceOfToken, ToIntFunction<T> firstToken, Predicate<T> keep,
            Comparator<T> order) {
        BySentence<T> index = new BySentence<>();
        for (T value : values) {
            if (keep.test(value)) {
                index.groups.computeIfAbsent(sentenceOfToken[firstToken.applyAsInt(value)], k -> new ArrayList<>()).add(value);
            }
        }
        if (order != null) {
            index.groups.values().forEach(l -> l.sort(order));
        }
        return index;
    }

    List<T> in(Sentence s) {
        return groups.getOrDefault(s.index(), List.of());
    }

    Collection<List<T>> groups() {
        return groups.values();
    }
}
