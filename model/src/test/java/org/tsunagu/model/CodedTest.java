package org.tsunagu.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.fact.FactType;

class CodedTest {

    @Test
    void findsAConstantByItsCodeWrittenInAnyCase() {
        assertThat(Coded.fromCode(FactType.class, "relationship")).contains(FactType.RELATIONSHIP);
        assertThat(Coded.fromCode(FactType.class, "Relationship")).contains(FactType.RELATIONSHIP);
        assertThat(Coded.fromCode(EventKind.class, "visit")).contains(EventKind.VISIT);
    }

    @Test
    void findsNothingForAnUnknownOrMissingCode() {
        assertThat(Coded.fromCode(FactType.class, "treaty")).isEmpty();
        assertThat(Coded.fromCode(FactType.class, "visit")).as("another enumeration's code").isEmpty();
        assertThat(Coded.fromCode(FactType.class, null)).isEmpty();
    }
}
