package org.tsunagu.extraction.internal.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tsunagu.extraction.internal.Extracting;
import org.tsunagu.extraction.internal.Layers;

class MentionFinderTest {

    private static Map<String, Mention.Type> types(String text) {
        return Extracting.annotate(text).get(Layers.MENTIONS).stream().filter(m -> !m.is(Mention.Type.TITLE))
                .collect(Collectors.toMap(m -> m.span().of(text), Mention::type, (a, b) -> a));
    }

    @Test
    void namesNoOneByANationalityAdjectiveAlone() {
        assertThat(types("Investors heard about the Brazilian state of Parana and the Mexican city of Leon."))
                .doesNotContainKey("Brazilian").doesNotContainKey("Mexican");
    }

    @Test
    void neverMakesAPersonOfAVenueNamedInItsOwnLanguage() {
        String text = "Governor of Riau Arif Santoso welcomed Vice Mayor of Sakata Endo Rina at Gedung Daerah on Friday.";
        assertThat(types(text)).containsEntry("Arif Santoso", Mention.Type.PERSON)
                .doesNotContainEntry("Gedung Daerah", Mention.Type.PERSON);
    }

    @Test
    void neverMakesAPersonOfANameRightAfterAt() {
        String text = "Mayor of Medan Budi Hartono met Deputy Mayor of Oita Kudo Aoi at Rumah Dinas on Friday.";
        assertThat(types(text)).doesNotContainEntry("Rumah Dinas", Mention.Type.PERSON);
    }
}
