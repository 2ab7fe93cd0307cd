package org.tsunagu.extraction.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.RuleBasedPipeline;
import org.tsunagu.extraction.internal.text.SentenceSplitter;
import org.tsunagu.extraction.internal.text.Tokenizer;
import org.tsunagu.model.document.Document;

class PipelineTest {

    @Test
    void refusesAStageWhoseLayerNoEarlierStageProduces() {
        assertThatThrownBy(() -> Pipeline.of(new SentenceSplitter(), new Tokenizer()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("split-sentences").hasMessageContaining("'tokens'");
    }

    @Test
    void neverLetsAStageOverwriteALayer() {
        AnnotatedDocument doc = AnnotatedDocument.of(Document.of("d", "d", "Text."));
        AnnotatedDocument once = doc.with(Layers.TOKENS, List.of());
        assertThat(doc.has(Layers.TOKENS)).isFalse();
        assertThatThrownBy(() -> once.with(Layers.TOKENS, List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void namesTheMissingLayerOnRead() {
        AnnotatedDocument doc = AnnotatedDocument.of(Document.of("d", "d", "Text."));
        assertThatThrownBy(() -> doc.get(Layers.MENTIONS)).hasMessageContaining("mentions");
    }

    @Test
    void assemblesTheStandardPipelineInOrder() {
        assertThat(RuleBasedPipeline.create().pipeline().stageNames()).startsWith("tokenize", "split-sentences", "lookup")
                .contains("read-roles", "read-products", "read-interests");
        assertThat(Set.copyOf(RuleBasedPipeline.create().pipeline().stageNames())).hasSize(16);
    }
}
