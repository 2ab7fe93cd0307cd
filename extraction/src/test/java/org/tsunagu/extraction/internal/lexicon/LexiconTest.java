package org.tsunagu.extraction.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.text.Tokenizer;
import org.tsunagu.reference.ReferencePlace;
import org.tsunagu.reference.ReferencePlaces;

class LexiconTest {

    @Test
    void foldsEveryPlaceNameAsTheTokenizerFoldsItAlone() {
        List<String> names = ReferencePlaces.standard().all().stream()
                .flatMap(p -> p.allNames().stream().map(ReferencePlace.Name::text)).toList();

        List<List<String>> folded = Lexicon.folded(names);

        for (int i = 0; i < names.size(); i++) {
            assertThat(folded.get(i)).as(names.get(i))
                    .isEqualTo(Tokenizer.tokenize(names.get(i)).stream().map(Token::folded).toList());
        }
        assertThat(names).hasSizeGreaterThan(20_000);
    }

    @Test
    void leavesPunctuationAndOtherScriptsToTheTokenizer() {
        assertThat(Lexicon.isLatinWords("Đà Nẵng")).isTrue();
        assertThat(Lexicon.isLatinWords("Thua Thien-Hue")).isFalse();
        assertThat(Lexicon.isLatinWords("群馬県")).isFalse();
        assertThat(Lexicon.folded(List.of("Thừa Thiên-Huế", "Da Nang", "群馬県")))
                .containsExactly(List.of("thua", "thien", "-", "hue"), List.of("da", "nang"), List.of("群馬", "県"));
    }
}
