package org.tsunagu.web.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.document.Span;
import org.tsunagu.web.document.Highlights.Mark;
import org.tsunagu.web.document.Highlights.Segment;

class HighlightsTest {

    private static final String TEXT = "JETRO signed an MOU with Osaka.";

    @Test
    void cutsTheTextAtEveryMarkAndKeepsAllOfIt() {
        List<Segment> segments = Highlights.of(TEXT, 0, List.of(
                new Mark(new Span(6, 12), Highlights.TRIGGER, 1), new Mark(new Span(0, 5), Highlights.ARGUMENT, 1)));

        assertThat(segments).extracting(Segment::text).containsExactly("JETRO", " ", "signed", " an MOU with Osaka.");
        assertThat(segments).extracting(Segment::classes).containsExactly("argument", "", "trigger", "");
        assertThat(String.join("", segments.stream().map(Segment::text).toList())).isEqualTo(TEXT);
    }

    @Test
    void marksOverlappingSpansOfTwoStatementsWithBothKinds() {
        List<Segment> segments = Highlights.of(TEXT, 0, List.of(
                new Mark(new Span(0, 12), Highlights.TRIGGER, 1), new Mark(new Span(6, 19), Highlights.ARGUMENT, 2)));

        assertThat(segments).extracting(Segment::text).containsExactly("JETRO ", "signed", " an MOU", " with Osaka.");
        assertThat(segments.get(1).classes()).isEqualTo("argument trigger");
        assertThat(segments.get(1).statements()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(segments.get(2).statements()).containsExactly(2L);
    }

    @Test
    void anchorsEachStatementWhereItsTriggerStarts() {
        List<Segment> segments = Highlights.of(TEXT, 0, List.of(
                new Mark(new Span(6, 12), Highlights.TRIGGER, 7), new Mark(new Span(6, 12), Highlights.TRIGGER, 8)));

        assertThat(segments.get(1).anchors()).containsExactly(7L, 8L);
        assertThat(segments.get(0).anchors()).isEmpty();
    }

    @Test
    void readsSpansOfTheWholeDocumentAgainstAPieceOfIt() {
        List<Segment> segments = Highlights.of("an MOU", 13, List.of(new Mark(new Span(16, 19), Highlights.TRIGGER, 1)));

        assertThat(segments).extracting(Segment::text).containsExactly("an ", "MOU");
    }

    @Test
    void clipsSpansThatRunOutsideTheText() {
        List<Segment> segments = Highlights.of("Osaka.", 0, List.of(new Mark(new Span(3, 400), Highlights.ARGUMENT, 1)));

        assertThat(segments).extracting(Segment::text).containsExactly("Osa", "ka.");
    }
}
