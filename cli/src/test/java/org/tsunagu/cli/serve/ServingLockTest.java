package org.tsunagu.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.cli.Main;

class ServingLockTest {

    @Test
    void refusesASecondServerOverTheSameSqliteFileWhileTheFirstRuns(@TempDir Path folder) throws Exception {
        String db = folder.resolve("kb.db").toString();
        Process first = serve(db);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("Tsunagu is serving"));
            assertThat(line).as("the first server started").isNotNull();

            CommandRun second = CommandRun.of("serve", "--db", db, "--port", "0");

            assertThat(second.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(second.err()).contains(db + " is already being served by another Tsunagu server");
        } finally {
            first.destroy();
            first.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void letsTheNextServerStartOnceTheFirstHasStopped(@TempDir Path folder) {
        String db = folder.resolve("kb.db").toString();
        ServingLock.acquire(db).close();

        try (ServingLock again = ServingLock.acquire(db)) {
            assertThat(ServingLock.fileOf(db)).hasValue(folder.resolve("kb.db.serving").toAbsolutePath());
        }
    }

    @Test
    void locksOnlyDatabasesThatAreFiles() {
        assertThat(ServingLock.fileOf("jdbc:postgresql://localhost/tsunagu")).isEmpty();
        assertThat(ServingLock.fileOf("jdbc:sqlite:/srv/kb.db")).hasValue(Path.of("/srv/kb.db.serving"));
    }

    private static Process serve(String db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--db", db, "--port", "0"))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("TSUNAGU_ADMIN_PASSWORD", "a long enough admin password");
        return builder.start();
    }
}
