package org.tsunagu.search;

/** Told how far a rebuild of the index has come: {@code done} of {@code total} records read from the store. */
@FunctionalInterface
public interface RebuildListener {

    RebuildListener SILENT = (done, total) -> { };

    void progress(long done, long total);
}
