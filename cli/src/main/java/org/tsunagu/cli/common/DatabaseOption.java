package org.tsunagu.cli.common;

import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that opens the knowledge base. */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = {"Database: a SQLite file path, or a jdbc:postgresql:// URL.",
                "Default: $TSUNAGU_DB, else data/tsunagu.db in the Tsunagu folder."})
    private String location;

    /** A location as output may show it: a PostgreSQL URL's password is left out. */
    public static String shown(String location) {
        return location.replaceAll("(?i)(password=)[^&]*", "$1…");
    }

    public String location() {
        if (location != null) {
            return location;
        }
        String fromEnvironment = System.getenv("TSUNAGU_DB");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        return TsunaguHome.folder().resolve("data").resolve("tsunagu.db").toString();
    }
}
