package org.tsunagu.cli.bench;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of {@code bench search} and {@code bench web}. */
final class ServingBenchOptions {

    @Option(names = "--db", paramLabel = "FILE",
            description = "search, web: the database to measure; generated articles are ingested into it until it holds --facts facts, and it is kept (default: a temporary one, deleted after)."
                + " scale: the database to ingest into (a SQLite file or a JDBC URL), empty at the start (default: a file under --work).")
    String db;

    @Option(names = "--facts", defaultValue = "100000", paramLabel = "N",
            description = "search, web: knowledge-base facts the database must hold (one per real fact, however many articles report it; default: ${DEFAULT-VALUE}).")
    long facts;

    @Option(names = "--clients", defaultValue = "32", paramLabel = "N",
            description = "web: concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "20", paramLabel = "N",
            description = "web: how long to send requests (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--url", paramLabel = "URL",
            description = "web: a server already running on this machine (http://localhost:7070/) instead of one started here.")
    URI url;

    @Option(names = "--paths", paramLabel = "FILE",
            description = "web: request these paths, one per line (/entities/12), instead of home and searches.")
    Path paths;

    @Option(names = "--entity-pages", paramLabel = "N", defaultValue = "0",
            description = "web: also request the pages of N entities (/entities/{id}), spread over all entities."
                    + " scale: the entities whose pages, names and (one in five) networks are requested (default: 100).")
    int entityPages;

    @Option(names = "--name-searches", paramLabel = "N", defaultValue = "0",
            description = "web: also search for the names of N entities, spread over all entities: a long tail of"
                    + " searches, each asked once a round, that the server's memory of recent searches cannot hold"
                    + " when N is over 1,000.")
    int nameSearches;
}
