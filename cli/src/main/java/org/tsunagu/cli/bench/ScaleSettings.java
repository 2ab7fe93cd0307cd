package org.tsunagu.cli.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code bench scale} measures: the sizes (ascending), the folder for the corpus and the
 * database, the corpus's seed, the database ({@code null} for a SQLite file in the folder) and the
 * web test: its clients, seconds, and the entities whose pages, names and networks are asked for.
 */
record ScaleSettings(List<Long> sizes, Path work, long seed, String db, int clients, int seconds, int entityPages) {

    /** Spread over the database so that hubs and leaves both come. */
    static final int ENTITY_PAGES = 100;

    ScaleSettings {
        sizes = sizes.stream().sorted().distinct().toList();
        if (sizes.isEmpty() || sizes.get(0) < 1) {
            throw new IllegalArgumentException("scale needs sizes of one article or more");
        }
    }

    /** The database to grow: the one given, else {@code scale.db} in the work folder. */
    String database() {
        return db != null ? db : work.resolve("scale.db").toString();
    }

    /** "SQLite" or "PostgreSQL", for the figures. */
    String backend() {
        return database().startsWith("jdbc:postgresql:") ? "PostgreSQL" : "SQLite";
    }
}
