package org.tsunagu.extraction.internal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.extraction.internal.Extracting;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;

class StatementsTest {

    /** The modality of the first token spelt {@code word} in a one-sentence text. */
    private static Modality of(String sentence, String word) {
        AnnotatedDocument doc = Extracting.annotate(sentence);
        Sentence s = doc.get(Layers.SENTENCES).get(0);
        List<Token> tokens = doc.get(Layers.TOKENS);
        List<Mention> mentions = doc.get(Layers.MENTIONS).stream().filter(m -> s.containsToken(m.firstToken())).toList();
        SentenceStructure structure = SentenceStructure.read(tokens, s, mentions);
        Token trigger = tokens.stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
        return Statements.of(tokens, structure, trigger.index());
    }

    @Test
    void readsAPlainPastAsFactual() {
        assertThat(of("Mayor Ilves visited Tallinn Port on Monday.", "visited").isFactual()).isTrue();
    }

    @Test
    void readsANegatedPerfectAsNegated() {
        assertThat(of("Governor Aalto has not visited Lahti since the floods.", "visited"))
                .isEqualTo(new Modality.Negated("not"));
    }

    @Test
    void readsANegatedDoSupportAsNegated() {
        assertThat(of("Espoo and Tartu did not sign the memorandum.", "sign")).isEqualTo(new Modality.Negated("not"));
    }

    @Test
    void readsANegativeDeterminerOfAPassiveSubjectAsNegated() {
        assertThat(of("No agreement was reached between Oulu and Kemi.", "reached"))
                .isEqualTo(new Modality.Negated("no"));
        assertThat(of("No agreement was reached between Oulu and Kemi.", "agreement"))
                .isEqualTo(new Modality.Negated("no"));
    }

    @Test
    void readsAWithdrawingVerbOverItsObjectAsNegated() {
        assertThat(of("Vaasa suspended its sister-city ties with Umea in March.", "ties"))
                .isEqualTo(new Modality.Negated("suspended"));
        assertThat(of("Pori cut all official ties with the city of Narva.", "ties")).isEqualTo(new Modality.Negated("cut"));
    }

    @Test
    void readsAWithdrawingPredicateOfASubjectAsNegated() {
        assertThat(of("The cooperation agreement between Kotka and Hamina was cancelled last year.", "agreement"))
                .isEqualTo(new Modality.Negated("cancelled"));
        assertThat(of("A crafts fair planned for June at Rauma was called off.", "fair"))
                .isEqualTo(new Modality.Negated("called off"));
        assertThat(of("The crafts fair at Rauma was called off.", "fair")).isEqualTo(new Modality.Negated("called off"));
        assertThat(of("The timber forum scheduled for 3 May has been postponed.", "forum"))
                .isEqualTo(new Modality.Negated("postponed"));
    }

    @Test
    void leavesAWithdrawingVerbOverAnAdjunctAlone() {
        assertThat(of("Mayor Ilves cut the ribbon at the opening ceremony of the Kouvola office.", "ceremony").isFactual())
                .isTrue();
    }

    @Test
    void leavesAnOccasionThatSetsAHedgedActAlone() {
        assertThat(of("Some 80 deals are expected to be signed at the Baltic Partnership Forum on 3 June.", "Forum").isFactual())
                .isTrue();
        assertThat(of("Mayor Ilves may attend the Baltic Partnership Forum on 3 June.", "Forum").isFactual()).isFalse();
    }

    @Test
    void endsANounsOwnPhraseAtItsPreposition() {
        assertThat(of("Talks were planned during the trip by Mayor Ilves from 3 to 6 June.", "trip").isFactual()).isTrue();
    }

    @Test
    void readsAPlannedPredicateOfASubjectAsHedged() {
        assertThat(of("The signing of the Kotka memorandum was planned for June.", "signing").isFactual()).isFalse();
    }

    @Test
    void readsAHopedAndAProposedTieAsHedged() {
        assertThat(of("Joensuu hopes to establish a sister-city relationship with Tver.", "sister"))
                .isInstanceOf(Modality.Hedged.class);
        assertThat(of("Mayor Virta proposed a sister-city relationship between Mikkeli and Sortavala.", "sister"))
                .isEqualTo(new Modality.Hedged("proposed"));
        assertThat(of("A friendship tie between Mikkeli and Sortavala was proposed by Mayor Virta.", "friendship"))
                .isEqualTo(new Modality.Hedged("proposed"));
    }

    @Test
    void readsAVisitUnderConsiderationAsHedgedNotScheduled() {
        Modality considered = of("Lappeenranta is considering a visit to Vyborg in May.", "visit");
        assertThat(considered).isEqualTo(new Modality.Hedged("considering"));
        assertThat(Statements.schedules(considered)).isFalse();
        assertThat(Statements.schedules(of("Governor Salo may visit Vyborg on 3 May.", "visit"))).isFalse();
    }

    @Test
    void readsAFutureOccasionAsScheduled() {
        assertThat(Statements.schedules(of("Kajaani will hold a timber forum on 3 May.", "forum"))).isTrue();
        assertThat(Statements.schedules(of("Kajaani is set to host a timber forum on 3 May.", "forum"))).isTrue();
    }

    @Test
    void readsTheFutureOfReportedSpeechAsScheduled() {
        assertThat(Statements.schedules(of("Ms Lind added that Imatra would open a trade desk next week.", "open"))).isTrue();
    }

    @Test
    void readsAnOccasionAfterAHedgingAdverbAsHedged() {
        assertThat(of("They hope to meet again, possibly during a trip by the mayor to Oulu.", "trip"))
                .isEqualTo(new Modality.Hedged("possibly"));
    }

    @Test
    void readsAThingAlreadyThereUnderAHedgingVerbAsFactual() {
        assertThat(of("A pact was expected to crown the delegation's three-day visit.", "visit").isFactual()).isTrue();
        assertThat(of("Both mayors hope to deepen their sister-city ties.", "sister").isFactual()).isTrue();
    }

    @Test
    void readsAWishNounsObjectAsHedged() {
        assertThat(of("Kuopio raised the possibility of a friendship agreement with Perm.", "friendship"))
                .isEqualTo(new Modality.Hedged("possibility"));
    }
}
