package org.tsunagu.extraction.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void findsEveryWordOfALongListAndNoOther() {
        Set<String> words = IntStream.range(0, 5_000).mapToObj(i -> "word" + i).collect(Collectors.toSet());
        Set<String> set = Words.copyOf(words);

        assertThat(words).allMatch(set::contains);
        assertThat(IntStream.range(5_000, 50_000).mapToObj(i -> "word" + i)).noneMatch(set::contains);
        assertThat(set).hasSize(5_000).containsExactlyInAnyOrderElementsOf(words);
    }

    @Test
    void answersLookupsOfTheEmptyWordAndOfOtherTypes() {
        Set<String> set = Words.of("signed", "inked");

        assertThat(set.contains("")).isFalse();
        assertThat(set.contains(null)).isFalse();
        assertThat(set.contains(42)).isFalse();
        assertThat(set).isEqualTo(Set.of("inked", "signed"));
    }

    @Test
    void cannotBeChanged() {
        Set<String> set = Words.of("signed");
        Map<String, Integer> map = Words.map(Map.of("one", 1));

        assertThatThrownBy(() -> set.add("inked")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> {
            Iterator<String> words = set.iterator();
            words.next();
            words.remove();
        }).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.put("two", 2)).isInstanceOf(UnsupportedOperationException.class);
    }
}
