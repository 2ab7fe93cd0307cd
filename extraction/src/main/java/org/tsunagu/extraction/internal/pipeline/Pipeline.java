package org.tsunagu.extraction.internal.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tsunagu.model.document.Document;

/**
 * Stages in order. Assembly checks that every stage's required layers are produced by an earlier
 * stage, and fails naming the stage and the missing layer, so a misordered pipeline never runs.
 */
public final class Pipeline {

    private final List<Stage<?>> stages;

    private Pipeline(List<Stage<?>> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline of(List<Stage<?>> stages) {
        Set<String> available = new HashSet<>();
        for (Stage<?> stage : stages) {
            for (Layer<?> layer : stage.requires()) {
                if (!available.contains(layer.name())) {
                    throw new IllegalArgumentException("stage '" + stage.name() + "' requires layer '" + layer.name()
                            + "', which no earlier stage produces");
                }
            }
            if (!available.add(stage.produces().name())) {
                throw new IllegalArgumentException("layer '" + stage.produces().name() + "' is produced twice");
            }
        }
        return new Pipeline(stages);
    }

    public static Pipeline of(Stage<?>... stages) {
        return of(List.of(stages));
    }

    public AnnotatedDocument run(Document document) {
        AnnotatedDocument annotated = AnnotatedDocument.of(document);
        for (Stage<?> stage : stages) {
            annotated = apply(stage, annotated);
        }
        return annotated;
    }

    private static <T> AnnotatedDocument apply(Stage<T> stage, AnnotatedDocument document) {
        return document.with(stage.produces(), stage.annotate(document));
    }

    public List<String> stageNames() {
        List<String> names = new ArrayList<>();
        stages.forEach(s -> names.add(s.name()));
        return names;
    }
}
