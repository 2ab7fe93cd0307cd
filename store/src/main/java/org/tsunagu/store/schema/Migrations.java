package org.tsunagu.store.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a database's schema up to date from the migrations of its dialect. */
public final class Migrations {

    /** Each dialect has its own folder of migrations: the same DDL does not suit both databases. */
    public static final String SQLITE = "classpath:db/migration/sqlite";

    private Migrations() {
    }

    public static void migrate(DataSource dataSource, String location) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(location)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
