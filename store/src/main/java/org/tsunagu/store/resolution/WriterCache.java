package org.tsunagu.store.resolution;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * What the writing connection has already looked up: the entity of each match key and of each
 * surface name, so that a document mentioning Japan again costs no query. Valid only while no
 * other connection writes: {@link #validate} compares SQLite's data_version at the start of
 * every transaction, and the caller clears it when a transaction fails or entities merge.
 */
public final class WriterCache {

    /** Past this many entries the cache starts over rather than grow without bound. */
    private static final int MAX_ENTRIES = 500_000;

    // A map per space rather than one keyed by space and key: no key is built for a look-up.
    private final Map<String, Map<String, Long>> spaces = new HashMap<>();
    private int size;
    private long dataVersion = Long.MIN_VALUE;

    /** Clears the cache when another connection committed to this SQLite database since the last check. */
    public void validate(Handle handle) {
        long version = handle.createQuery("PRAGMA data_version").mapTo(Long.class).one();
        if (version != dataVersion) {
            clear();
            dataVersion = version;
        }
    }

    public void clear() {
        spaces.clear();
        size = 0;
    }

    /** The cached id under {@code key} in {@code space}, else what {@code lookup} finds, cached when found. */
    public Optional<Long> find(String space, String key, Supplier<Optional<Long>> lookup) {
        Long id = spaces.getOrDefault(space, Map.of()).get(key);
        if (id != null) {
            return Optional.of(id);
        }
        Optional<Long> found = lookup.get();
        found.ifPresent(value -> put(space, key, value));
        return found;
    }

    public void put(String space, String key, long id) {
        if (size >= MAX_ENTRIES) {
            clear();
        }
        if (spaces.computeIfAbsent(space, s -> new HashMap<>()).put(key, id) == null) {
            size++;
        }
    }
}
