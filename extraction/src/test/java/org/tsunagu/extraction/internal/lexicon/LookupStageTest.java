package org.tsunagu.extraction.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Pipeline;
import org.tsunagu.extraction.internal.text.SentenceSplitter;
import org.tsunagu.extraction.internal.text.Tokenizer;
import org.tsunagu.model.document.Document;

class LookupStageTest {

    private static final Pipeline LOOKUP = Pipeline.of(new Tokenizer(), new SentenceSplitter(),
            new LookupStage(Lexicon.load()));

    /** A place found in the text: the words it covers, and the place's kind and country. */
    record Found(String text, Place.Kind kind, String country) {
    }

    private static List<Found> places(String text) {
        AnnotatedDocument doc = LOOKUP.run(Document.of("d", "d", text));
        return doc.get(Layers.LOOKUPS).stream().filter(l -> l.category() == Lookup.Category.PLACE)
                .map(l -> new Found(text.substring(doc.get(Layers.TOKENS).get(l.firstToken()).start(),
                        doc.get(Layers.TOKENS).get(l.endToken() - 1).end()), l.place().kind(), l.place().country()))
                .toList();
    }

    @Test
    void findsAVietnameseCityWrittenWithOrWithoutDiacriticsOrJoined() {
        assertThat(places("Đà Nẵng, Da Nang and Danang are one city.")).containsExactly(
                new Found("Đà Nẵng", Place.Kind.CITY, "VN"), new Found("Da Nang", Place.Kind.CITY, "VN"),
                new Found("Danang", Place.Kind.CITY, "VN"));
    }

    @Test
    void findsPlacesWrittenInJapaneseOrChinese() {
        assertThat(places("群馬県の代表団がダナンを訪れた。")).containsExactly(
                new Found("群馬県", Place.Kind.REGION, "JP"), new Found("ダナン", Place.Kind.CITY, "VN"));
        assertThat(places("广东省与越南")).containsExactly(
                new Found("广东省", Place.Kind.REGION, "CN"), new Found("越南", Place.Kind.COUNTRY, "VN"));
    }

    @Test
    void findsSubdivisionsByTheirEnglishNames() {
        assertThat(places("Central Java and South Gyeongsang signed.")).containsExactly(
                new Found("Central Java", Place.Kind.REGION, "ID"), new Found("South Gyeongsang", Place.Kind.REGION, "KR"));
    }

    @Test
    void takesNoOrdinaryWordForAPlace() {
        assertThat(places("Reading the East Delta report, Mr. Tran Van Duc said My team agreed.")).isEmpty();
    }

    @Test
    void prefersACountryToARegionOrCityOfTheSameName() {
        assertThat(places("Georgia")).containsExactly(new Found("Georgia", Place.Kind.COUNTRY, "GE"));
    }
}
