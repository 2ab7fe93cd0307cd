package org.tsunagu.store.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every dialect's folder of migrations says the same things under the same versions. */
class MigrationFoldersTest {

    @Test
    void everySqliteMigrationHasAPostgresqlMigrationOfTheSameVersionAndName() throws Exception {
        assertThat(migrations("postgresql")).containsExactlyElementsOf(migrations("sqlite"));
    }

    /** "V12__agreement_renewals" for each migration file in the dialect's folder. */
    private static Set<String> migrations(String dialect) throws IOException, URISyntaxException {
        Path folder = Path.of(MigrationFoldersTest.class.getResource("/db/migration/" + dialect).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".sql"))
                    .map(name -> name.substring(0, name.length() - ".sql".length()))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }
}
