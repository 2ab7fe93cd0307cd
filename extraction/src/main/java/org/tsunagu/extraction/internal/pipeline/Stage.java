package org.tsunagu.extraction.internal.pipeline;

import java.util.List;
import java.util.Set;

/**
 * One step of the extraction pipeline. A stage reads the layers it {@link #requires()} and
 * returns the values of the one layer it {@link #produces()}; it never modifies its input and
 * keeps no per-document state, so one instance is shared by all threads.
 */
public interface Stage<T> {

    String name();

    Set<Layer<?>> requires();

    Layer<T> produces();

    List<T> annotate(AnnotatedDocument document);
}
