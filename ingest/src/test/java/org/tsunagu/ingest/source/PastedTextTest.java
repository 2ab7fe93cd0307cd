package org.tsunagu.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.document.UnreadLanguage;
import org.tsunagu.model.time.PartialDate;

class PastedTextTest {

    @Test
    void keepsWhatThePersonSaidAndTakesTheRestFromTheText() {
        DocumentInfo given = DocumentInfo.NONE.withOutlet("Mekong Ledger").withPublished(PartialDate.ofDay(2025, 5, 2));

        ReadResult result = PastedText.read("pact", "Can Tho and Fukuoka agree on rice trade\n\nCan Tho and Fukuoka "
                + "signed an agreement on rice trade on May 1, and the two cities said that it is the first of its kind.",
                given, ReadOptions.defaults());

        DocumentInfo info = ((ReadResult.Read) result).document().info();
        assertThat(info.outlet()).contains("Mekong Ledger");
        assertThat(info.published()).contains(PartialDate.ofDay(2025, 5, 2));
        assertThat(info.title()).contains("Can Tho and Fukuoka agree on rice trade");
        assertThat(info.language()).contains("en");
    }

    @Test
    void knowsAPastedKoreanArticleIsNotRead() {
        ReadResult result = PastedText.read("busan", "부산시와 하이퐁시는 항만 물류 협력에 관한 양해각서를 체결했다.",
                DocumentInfo.NONE, ReadOptions.defaults());

        assertThat(UnreadLanguage.of(((ReadResult.Read) result).document().info()).map(UnreadLanguage::name))
                .isEqualTo(Optional.of("Korean"));
    }

    @Test
    void refusesBlankAndOverlongText() {
        assertThat(PastedText.read("blank", " \n\t ", DocumentInfo.NONE, ReadOptions.defaults()))
                .isInstanceOf(ReadResult.Unreadable.class);
        assertThat(PastedText.read("long", "word ".repeat(30), DocumentInfo.NONE, new ReadOptions(1_000, 100)))
                .isInstanceOfSatisfying(ReadResult.Unreadable.class,
                        unreadable -> assertThat(unreadable.reason()).contains("above the limit"));
    }
}
