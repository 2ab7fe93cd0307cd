package org.tsunagu.cli.eval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring of small gold and prediction files written for each case. */
class ScoringTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void matchesPersonNamesInEitherOrder() throws Exception {
        Scores scores = score("""
                {"doc": "d1", "facts": [{"type": "role", "person": "Sato Hanako", "title": "Mayor", "org": "Lumen"}]}
                """, """
                {"doc": "d1", "facts": [{"type": "role", "person": "Hanako Sato", "title": "Mayor", "org": "Lumen City"}]}
                """);
        assertThat(scores.of(EvalType.ROLE)).isEqualTo(new Counts(1, 0, 0));
        assertThat(scores.attributes().get("role.org")).isEqualTo(new AttributeAccuracy(1, 1));
    }

    @Test
    void countsOptionalGoldNeitherMissedNorSpurious() throws Exception {
        String gold = """
                {"doc": "d1", "facts": [
                  {"type": "agreement", "parties": ["Aoba", "Lumen"], "kind": "friendship_agreement"},
                  {"type": "agreement", "parties": ["Aoba", "Lumen"], "kind": "mou", "optional": true}]}
                """;
        Scores withoutOptional = score(gold, """
                {"doc": "d1", "facts": [{"type": "agreement", "parties": ["Lumen", "Aoba"], "kind": "friendship_agreement"}]}
                """);
        Scores withOptionalTwice = score(gold, """
                {"doc": "d1", "facts": [
                  {"type": "agreement", "parties": ["Lumen", "Aoba"], "kind": "friendship_agreement"},
                  {"type": "agreement", "parties": ["Aoba", "Lumen"], "kind": "mou"},
                  {"type": "agreement", "parties": ["Aoba Prefecture", "Lumen"], "kind": "mou"}]}
                """);
        assertThat(withoutOptional.of(EvalType.AGREEMENT)).isEqualTo(new Counts(1, 0, 0));
        assertThat(withOptionalTwice.of(EvalType.AGREEMENT)).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void optionalGoldCannotTakeAPredictionARequiredFactNeeds() throws Exception {
        Scores scores = score("""
                {"doc": "d1", "facts": [
                  {"type": "product", "name": "Aoba Gold", "optional": true},
                  {"type": "product", "name": "Aoba Gold Rice"}]}
                """, """
                {"doc": "d1", "facts": [{"type": "product", "name": "Aoba Gold Rice"}]}
                """);
        assertThat(scores.of(EvalType.PRODUCT)).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void prefersMaximumMatchingOverGreedy() throws Exception {
        // The first gold meeting (May, in Lumen) fits the second prediction best by its location,
        // but only that prediction can be the second gold meeting: a greedy pairing finds one.
        Scores scores = score("""
                {"doc": "d1", "facts": [
                  {"type": "event", "kind": "meeting", "date": "2024-05", "location": "Lumen"},
                  {"type": "event", "kind": "meeting", "date": "2024-05-20"}]}
                """, """
                {"doc": "d1", "facts": [
                  {"type": "event", "kind": "meeting", "date": "2024-05-03", "location": "Aoba"},
                  {"type": "event", "kind": "meeting", "date": "2024-05-20", "location": "Lumen"}]}
                """);
        assertThat(scores.of(EvalType.EVENT)).isEqualTo(new Counts(2, 0, 0));
        assertThat(scores.attributes().get("event.location")).isEqualTo(new AttributeAccuracy(0, 1));
    }

    @Test
    void pairsAGoldFactWithThePredictionWhoseOtherFieldsFitBest() throws Exception {
        Scores scores = score("""
                {"doc": "d1", "facts": [{"type": "agreement", "parties": ["Aoba", "Lumen"], "kind": "mou", "date": "2024-03-12"}]}
                """, """
                {"doc": "d1", "facts": [
                  {"type": "agreement", "parties": ["Aoba", "Lumen"], "kind": "mou", "date": "2023"},
                  {"type": "agreement", "parties": ["Aoba", "Lumen"], "kind": "mou", "date": "2024-03-12"}]}
                """);
        assertThat(scores.of(EvalType.AGREEMENT)).isEqualTo(new Counts(1, 1, 0));
        assertThat(scores.attributes().get("agreement.date")).isEqualTo(new AttributeAccuracy(1, 1));
        assertThat(scores.misses()).singleElement()
                .satisfies(miss -> assertThat(miss.fact().field("date").text()).isEqualTo("2023"));
    }

    @Test
    void comparesPartiesAsAnUnorderedSetOfTheSameSize() throws Exception {
        String gold = """
                {"doc": "d1", "facts": [{"type": "agreement", "parties": ["Aoba|Aoba Prefecture", "Aoba City"], "kind": "other"}]}
                """;
        assertThat(score(gold, """
                {"doc": "d1", "facts": [{"type": "agreement", "parties": ["Aoba City", "Aoba Prefecture"], "kind": "other"}]}
                """).of(EvalType.AGREEMENT)).isEqualTo(new Counts(1, 0, 0));
        assertThat(score(gold, """
                {"doc": "d1", "facts": [{"type": "agreement", "parties": ["Aoba City", "Aoba Prefecture", "Lumen"], "kind": "other"}]}
                """).of(EvalType.AGREEMENT)).isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void pairsPartiesOneToOneWhateverTheirOrder() throws Exception {
        // "Aoba" also matches "Aoba City" (one extra word); taking that for it would leave "Aoba City" unpaired.
        String gold = """
                {"doc": "d1", "facts": [{"type": "agreement", "parties": ["Aoba", "Aoba City"], "kind": "other"}]}
                """;
        assertThat(score(gold, """
                {"doc": "d1", "facts": [{"type": "agreement", "parties": ["Aoba City", "Aoba Port"], "kind": "other"}]}
                """).of(EvalType.AGREEMENT)).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void matchesRelationshipEndsInEitherOrder() throws Exception {
        Scores scores = score("""
                {"doc": "d1", "facts": [{"type": "relationship", "a": "Aoba", "b": "Lumen", "kind": "friendship", "since": "1994"}]}
                """, """
                {"doc": "d1", "facts": [{"type": "relationship", "a": "Lumen", "b": "Aoba", "kind": "Friendship", "since": "1994-04-01"}]}
                """);
        assertThat(scores.of(EvalType.RELATIONSHIP)).isEqualTo(new Counts(1, 0, 0));
        assertThat(scores.attributes().get("relationship.since").mean()).isEqualTo(1.0);
    }

    @Test
    void matchesInvestmentAmountsWithinOnePercent() throws Exception {
        String gold = """
                {"doc": "d1", "facts": [{"type": "investment", "investor": "Aoba", "destination": "Lumen", "amount": 120000000}]}
                """;
        assertThat(score(gold, """
                {"doc": "d1", "facts": [{"type": "investment", "investor": "Aoba", "destination": "Lumen", "amount": 121000000}]}
                """).of(EvalType.INVESTMENT)).isEqualTo(new Counts(1, 0, 0));
        assertThat(score(gold, """
                {"doc": "d1", "facts": [{"type": "investment", "investor": "Aoba", "destination": "Lumen", "amount": 122000000}]}
                """).of(EvalType.INVESTMENT)).isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void scoresListAttributesByTheShareOfGoldNamesFound() throws Exception {
        Scores scores = score("""
                {"doc": "d1", "facts": [{"type": "product", "name": "Aoba Gold", "categories": ["rice", "sake", "tea", "miso"]}]}
                """, """
                {"doc": "d1", "facts": [{"type": "product", "name": "Aoba Gold", "categories": ["Rice", "green tea", "noodles"]}]}
                """);
        assertThat(scores.attributes().get("product.categories")).isEqualTo(new AttributeAccuracy(0.5, 1));
        assertThat(scores.attributes()).doesNotContainKey("product.origin");
    }

    @Test
    void missesEveryRequiredFactOfADocumentWithoutPredictions() throws Exception {
        Scores scores = score("""
                {"doc": "d1", "facts": [{"type": "product", "name": "Aoba Gold"}, {"type": "role", "person": "Sato Hanako", "title": "Mayor"}]}
                {"doc": "d2", "facts": [{"type": "product", "name": "Lumen Blue"}]}
                """, """
                {"doc": "d2", "facts": [{"type": "product", "name": "Lumen Blue"}]}
                {"doc": "d3", "facts": [{"type": "product", "name": "Lumen Blue"}]}
                """);
        assertThat(scores.micro()).isEqualTo(new Counts(1, 0, 2));
        assertThat(scores.misses()).extracting(Miss::kind, Miss::document)
                .containsExactly(Tuple.tuple(Miss.Kind.MISSED, "d1"),
                        Tuple.tuple(Miss.Kind.MISSED, "d1"));
        assertThat(scores.documentsNotInGold()).containsExactly("d3");
    }

    @Test
    void ignoresFactsOfTypesTheSchemaDoesNotScore() throws Exception {
        Scores scores = score("""
                {"doc": "d1", "facts": [{"type": "rumour", "name": "Aoba"}]}
                """, """
                {"doc": "d1", "facts": [{"type": "rumour", "name": "Aoba"}, {"type": "product", "name": "Aoba Gold"}]}
                """);
        assertThat(scores.micro()).isEqualTo(new Counts(0, 1, 0));
    }

    @Test
    void orderOfFactsInTheFilesDoesNotChangeTheCounts() throws Exception {
        String first = """
                {"type": "event", "kind": "visit", "date": "2024-05"}""";
        String second = """
                {"type": "event", "kind": "visit", "date": "2024-05-20"}""";
        String predictions = """
                {"doc": "d1", "facts": [{"type": "event", "kind": "visit", "date": "2024-05-20"}, {"type": "event", "kind": "visit", "date": "2024-05-02"}]}
                """;
        Scores forward = score("{\"doc\": \"d1\", \"facts\": [" + first + ", " + second + "]}\n", predictions);
        Scores backward = score("{\"doc\": \"d1\", \"facts\": [" + second + ", " + first + "]}\n", predictions);
        assertThat(forward.micro()).isEqualTo(new Counts(2, 0, 0)).isEqualTo(backward.micro());
    }

    @Test
    void computesPrecisionRecallAndF1() {
        Counts counts = new Counts(3, 1, 2);
        assertThat(counts.precision()).isEqualTo(0.75);
        assertThat(counts.recall()).isEqualTo(0.6);
        assertThat(counts.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, Offset.offset(1e-12));
        assertThat(Counts.NONE.f1()).isZero();
    }

    private Scores score(String gold, String predictions) throws IOException, UnreadableInputException {
        Path goldFile = Files.writeString(folder.resolve("gold.jsonl"), jsonLines(gold));
        Path predictionFile = Files.writeString(folder.resolve("pred.jsonl"), jsonLines(predictions));
        return Scoring.of(EvalLines.read(goldFile), EvalLines.read(predictionFile));
    }

    /** The JSON objects in {@code text}, written over several lines for reading, one a line as eval-jsonl has them. */
    private static String jsonLines(String text) throws IOException {
        StringBuilder lines = new StringBuilder();
        try (MappingIterator<JsonNode> objects = JSON.readerFor(JsonNode.class).readValues(text)) {
            while (objects.hasNext()) {
                lines.append(objects.next()).append('\n');
            }
        }
        return lines.toString();
    }
}
