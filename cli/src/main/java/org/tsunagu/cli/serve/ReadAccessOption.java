package org.tsunagu.cli.serve;

import org.tsunagu.web.account.ReadAccess;
import picocli.CommandLine.Option;

/** The {@code --private} option of the commands that start the web server. */
public final class ReadAccessOption {

    @Option(names = "--private",
            description = "Require signing in to read anything. Default: anyone may read, as for published open"
                    + " data; writing (review, uploads) always needs an account with a role.")
    private boolean privateReading;

    public ReadAccess readAccess() {
        return privateReading ? ReadAccess.PRIVATE : ReadAccess.OPEN;
    }
}
