package org.tsunagu.cli.bench;

import java.util.UUID;
import org.tsunagu.store.Database;
import org.tsunagu.store.account.Role;

/** An editor account for the benchmark's requests to pages only editors see, such as the review queue. */
final class BenchEditor {

    private static final String NAME = "bench-editor";

    private BenchEditor() {
    }

    /** An API token of the benchmark's editor, the account made when missing. */
    static String token(Database database) {
        if (database.accounts().find(NAME).isEmpty()) {
            database.accounts().add(NAME, Role.EDITOR, UUID.randomUUID().toString());
        }
        return database.accounts().issueToken(NAME);
    }
}
