package org.tsunagu.cli.kb;

import picocli.CommandLine.Option;

/** Paging and output form shared by the commands that list the knowledge base. */
final class ListingOptions {

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many first.")
    int offset;

    @Option(names = "--json", description = "One JSON object per line, for scripts.")
    boolean json;
}
