package org.tsunagu.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** The names of a command's subcommands as a sentence lists them, read from the command itself so none is left out. */
public final class Subcommands {

    private Subcommands() {
    }

    /** "demo, ingest, ... or export". */
    public static String of(CommandSpec spec) {
        List<String> names = List.copyOf(spec.subcommands().keySet());
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
