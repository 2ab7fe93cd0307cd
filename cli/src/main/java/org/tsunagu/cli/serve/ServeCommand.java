package org.tsunagu.cli.serve;

import java.util.concurrent.Callable;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.cli.common.DatabaseOption;
import org.tsunagu.cli.search.SearchIndexing;
import org.tsunagu.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web application and JSON API over a knowledge base.",
            "The first start over a knowledge base without accounts creates the account 'admin'",
            "with the password in $TSUNAGU_ADMIN_PASSWORD, or a random one printed once.",
            "One server per SQLite file: a second 'serve' over the same file is refused."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    PortOption port;

    @Mixin
    ReadAccessOption readAccess;

    @Mixin
    ListenOptions listen;

    @Override
    public Integer call() {
        String location = database.location();
        try (Database store = Database.open(location); ServingLock serving = ServingLock.acquire(location)) {
            SearchIndexing.bringUpToDate(store, spec.commandLine().getErr());
            Serving.serveUntilStopped(store, location, listen.settings(port.port(), readAccess.readAccess()),
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return ExitCodes.SUCCESS;
    }
}
