package org.tsunagu.cli.eval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class AmountAgreementTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void acceptsAmountsWithinOnePercent() {
        assertThat(match(JSON.numberNode(932_000_000L), JSON.numberNode(9.4e8))).isTrue();
        assertThat(match(JSON.numberNode(932_000_000L), JSON.numberNode(9.42e8))).isFalse();
    }

    @Test
    void readsAmountsWrittenAsText() {
        assertThat(match(JSON.numberNode(2_300_000_000_000L), JSON.textNode("2.3e12"))).isTrue();
    }

    @Test
    void neverMatchesAMissingOrNonNumericAmount() {
        assertThat(match(JSON.numberNode(100), JSON.nullNode())).isFalse();
        assertThat(match(JSON.numberNode(100), JSON.textNode("a hundred"))).isFalse();
    }

    private static boolean match(JsonNode gold, JsonNode predicted) {
        return AmountAgreement.withinOnePercent(new FieldValue(gold), new FieldValue(predicted));
    }
}
