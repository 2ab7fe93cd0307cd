package org.tsunagu.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetFormatterTest {

    private static final String TEXT = "First sentence here. <b>Đà Nẵng</b> signed with\nSakai. Last one.";

    @Test
    void keepsMarkupInTheTextAsPlainParts() {
        Passage passage = passage(21, 55, TEXT.indexOf("Đà Nẵng"), TEXT.indexOf("Đà Nẵng") + "Đà Nẵng".length());

        Snippet snippet = (Snippet) new SnippetFormatter().format(new Passage[] {passage}, TEXT);

        assertThat(snippet.parts()).containsExactly(new Snippet.Part("… <b>", false), new Snippet.Part("Đà Nẵng", true),
                new Snippet.Part("</b> signed with Sakai. …", false));
    }

    @Test
    void marksOnlyThePartOfAMatchInsideThePassageWhenAPhraseRunsPastItsSentence() {
        int sakai = TEXT.indexOf("Sakai");
        Passage passage = passage(21, TEXT.indexOf(" Last"), sakai, TEXT.indexOf("one"));

        Snippet snippet = (Snippet) new SnippetFormatter().format(new Passage[] {passage}, TEXT);

        assertThat(snippet.parts()).containsExactly(new Snippet.Part("… <b>Đà Nẵng</b> signed with ", false),
                new Snippet.Part("Sakai.", true), new Snippet.Part(" …", false));
    }

    @Test
    void givesAnEmptySnippetForNoPassage() {
        assertThat(((Snippet) new SnippetFormatter().format(new Passage[0], TEXT)).isEmpty()).isTrue();
    }

    private static Passage passage(int start, int end, int matchStart, int matchEnd) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        passage.addMatch(matchStart, matchEnd, new BytesRef("x"), 1);
        return passage;
    }
}
