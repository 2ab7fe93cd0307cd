package org.tsunagu.store;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Turns a {@code jdbc:postgresql:} URL into a data source, or says why it cannot. */
final class PostgresqlLocation {

    private PostgresqlLocation() {
    }

    static DataSource dataSource(String location) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        try {
            dataSource.setURL(location.strip());
        } catch (IllegalArgumentException e) {
            // The URL is left out: it may hold a password.
            throw new UnsupportedDatabaseException("Not a PostgreSQL URL the driver understands; write it as "
                    + "jdbc:postgresql://HOST:PORT/DATABASE?user=USER&password=PASSWORD");
        }
        return dataSource;
    }
}
