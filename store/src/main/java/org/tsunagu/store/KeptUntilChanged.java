package org.tsunagu.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * Values read from the store and kept until it changes ({@link StoreVersion}): pages ask for the
 * same counts and lists on every request, and the version costs four index look-ups where the
 * reading costs a scan. At most {@code capacity} keys are kept, the least recently used dropped.
 */
final class KeptUntilChanged<K, V> {

    private final Map<K, V> values;
    private List<Long> version = List.of();

    KeptUntilChanged(int capacity) {
        values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value kept for {@code key} while the store is unchanged, else what {@code read} reads now. */
    V get(Handle handle, K key, Supplier<V> read) {
        List<Long> now = StoreVersion.read(handle);
        synchronized (this) {
            if (!now.equals(version)) {
                values.clear();
                version = now;
            }
            V known = values.get(key);
            if (known != null) {
                return known;
            }
        }
        V value = read.get();
        synchronized (this) {
            if (now.equals(version)) {
                values.put(key, value);
            }
        }
        return value;
    }
}
