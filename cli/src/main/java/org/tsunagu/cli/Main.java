package org.tsunagu.cli;

import org.tsunagu.cli.serve.ServingLock.AlreadyServedException;
import org.tsunagu.store.UnsupportedDatabaseException;
import picocli.CommandLine;

/** Entry point of the {@code tsunagu} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests that run it in-process. */
    public static CommandLine commandLine() {
        return HelpLayout.apply(new CommandLine(new TsunaguCommand()))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
                    commandLine.getErr().println("tsunagu: " + exception.getMessage());
                    return exception instanceof UnsupportedDatabaseException || exception instanceof AlreadyServedException
                            ? ExitCodes.USAGE : ExitCodes.SOME_FAILED;
                });
    }
}
