package org.tsunagu.cli.common;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The article files and folders a command reads, as positional parameters. */
public final class ArticlePaths {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Article files, or folders searched recursively.")
    private List<Path> paths;

    public List<Path> paths() {
        return List.copyOf(paths);
    }
}
