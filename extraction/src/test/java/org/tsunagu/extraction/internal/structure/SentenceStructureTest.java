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

class SentenceStructureTest {

    private record Read(SentenceStructure structure, List<Token> tokens) {

        VerbGroup verb(String word) {
            for (Token t : tokens) {
                if (t.text().equals(word)) {
                    return structure.verbHeadedAt(t.index()).orElseThrow();
                }
            }
            throw new AssertionError("no " + word);
        }

        List<List<String>> lists() {
            return structure.lists().stream().map(l -> l.members().stream().map(Mention::name).toList()).toList();
        }

        List<String> after(String preposition) {
            return structure.attachments().stream().filter(a -> a.word().equals(preposition))
                    .flatMap(a -> a.names().members().stream()).map(Mention::name).toList();
        }
    }

    private static Read read(String sentence) {
        AnnotatedDocument doc = Extracting.annotate(sentence);
        Sentence s = doc.get(Layers.SENTENCES).get(0);
        List<Mention> mentions = doc.get(Layers.MENTIONS).stream().filter(m -> s.containsToken(m.firstToken())).toList();
        return new Read(SentenceStructure.read(doc.get(Layers.TOKENS), s, mentions), doc.get(Layers.TOKENS));
    }

    @Test
    void readsAPassivePerfectSigning() {
        VerbGroup signed = read("A memorandum has been signed between Kobe and Da Nang.").verb("signed");
        assertThat(signed.voice()).isEqualTo(Voice.PASSIVE);
        assertThat(signed.tense()).isEqualTo(Tense.PAST);
        assertThat(signed.modality().isFactual()).isTrue();
    }

    @Test
    void readsAFutureSigningAsHedged() {
        VerbGroup sign = read("Osaka will sign a memorandum with Busan.").verb("sign");
        assertThat(sign.tense()).isEqualTo(Tense.FUTURE);
        assertThat(sign.modality()).isEqualTo(new Modality.Hedged("will"));
    }

    @Test
    void readsAPlannedSigningThroughItsControllingVerb() {
        assertThat(read("Sapporo plans to sign a pact with Shenyang.").verb("sign").modality())
                .isEqualTo(new Modality.Hedged("plans"));
        assertThat(read("Sapporo and Shenyang agreed to explore a pact.").verb("explore").modality())
                .isInstanceOf(Modality.Hedged.class);
    }

    @Test
    void readsAWishForOthersToSignAsHedged() {
        assertThat(read("The ministry expects Shiga Prefecture and Hunan Province to sign a pact.").verb("sign").modality())
                .isEqualTo(new Modality.Hedged("expects"));
    }

    @Test
    void readsANegatedSigning() {
        assertThat(read("Sendai did not sign the memorandum.").verb("sign").modality()).isEqualTo(new Modality.Negated("not"));
        assertThat(read("Sendai failed to sign the memorandum.").verb("sign").modality())
                .isEqualTo(new Modality.Negated("failed"));
    }

    @Test
    void readsCoordinatedNamesBehindClassPhrases() {
        assertThat(read("Gifu Prefecture has sister ties with the U.S. states of Idaho and Kansas and the Chinese provinces "
                + "of Hunan and Hebei.").after("with")).containsExactly("Idaho", "Kansas", "Hunan", "Hebei");
    }

    @Test
    void readsANameAfterTheCityOfAsAMember() {
        assertThat(read("The pact was signed between Lanzhou and the Austrian city of Graz.").after("between"))
                .containsExactly("Lanzhou", "Graz");
    }

    @Test
    void readsACountryAfterACommaOrAfterOfAsLocatingTheMemberBeforeIt() {
        assertThat(read("Kobe signed a pact with Hue, Vietnam.").after("with")).containsExactly("Hue");
        assertThat(read("The Maule region of Chile and the Hunan province of China signed a pact.").lists().get(0))
                .containsExactly("Maule", "Hunan province");
    }

    @Test
    void readsThePossessedNameAsTheMember() {
        assertThat(read("Sendai signed a memorandum with Japan's Nagoya Chamber of Commerce.").after("with"))
                .containsExactly("Nagoya Chamber of Commerce");
    }

    @Test
    void skipsABracketedAcronymInsideAList() {
        assertThat(read("The memorandum was signed between the Bellport Chamber of Commerce (BCC) and the Kestrel Trade "
                + "Agency (KTA).").after("between")).hasSize(2);
    }

    @Test
    void readsNamesBeforeATitleAsItsQualifierNotAsAList() {
        assertThat(read("The pact was made between Kenya's Trade and Industry Minister Jane Wambui and the Mayor of Nara.")
                .after("between")).isEmpty();
    }

    @Test
    void readsAnInfinitiveOfPurposeAsCertainAsTheVerbItServes() {
        assertThat(read("The governor will visit Hue for three days from May 2 to sign a memorandum.").verb("sign").modality())
                .isEqualTo(new Modality.Hedged("will"));
        assertThat(read("Hue signed a memorandum with Nara to promote tourism.").verb("promote").modality().isFactual()).isTrue();
    }

    @Test
    void readsALocatedListPartedBySemicolons() {
        assertThat(read("Medan has twin city relations with Ichikawa, Japan; Zwolle, the Netherlands, and Bukhara, Uzbekistan.")
                .after("with")).containsExactly("Ichikawa", "Zwolle", "Bukhara");
    }

    @Test
    void readsAProvinceAfterACityOfAsLocatingIt() {
        assertThat(read("The tie between the city of Goyang, Gyeonggi Province and the city of Kofu was formed.").after("between"))
                .containsExactly("Goyang", "Kofu");
    }

    @Test
    void readsAMonthBeforeAVerbGroupAsNoModal() {
        assertThat(read("The fair planned for 3 May has been postponed.").verb("postponed").modality().isFactual()).isTrue();
    }
}
