package org.tsunagu.cli.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.store.Database;

class UsersCommandTest {

    private static final Pattern SHOWN_ONCE = Pattern.compile("password \\(shown this once only\\): (\\S+)");

    @TempDir
    Path folder;

    @Test
    void addsAnAccountWithAGeneratedPasswordPrintedOnceListsAndRemovesIt() {
        CommandRun add = users("add", "erin", "--role", "editor");

        assertThat(add.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(add.out()).startsWith("Added editor 'erin'.");
        Matcher password = SHOWN_ONCE.matcher(add.out());
        assertThat(password.find()).isTrue();
        try (Database store = Database.open(db())) {
            assertThat(store.accounts().authenticate("erin", password.group(1))).isPresent();
        }
        assertThat(users("list").out()).startsWith("erin\teditor\t");

        assertThat(users("remove", "erin").out()).isEqualTo("Removed 'erin' and its tokens.\n");
        assertThat(users("list").out()).isEmpty();
    }

    @Test
    void readsAPasswordFromStandardInput() {
        InputStream keyboard = System.in;
        try {
            System.setIn(new ByteArrayInputStream("a password typed in\n".getBytes(StandardCharsets.UTF_8)));
            CommandRun add = users("add", "vic", "--password-stdin");

            assertThat(add.out()).isEqualTo("Added viewer 'vic'.\n");
        } finally {
            System.setIn(keyboard);
        }
        try (Database store = Database.open(db())) {
            assertThat(store.accounts().authenticate("vic", "a password typed in")).isPresent();
        }
    }

    @Test
    void issuesATokenThatActsForTheAccountUntilRevoked() {
        users("add", "script", "--role", "editor");

        String token = users("token", "script").out().strip();
        try (Database store = Database.open(db())) {
            assertThat(store.accounts().byToken(token)).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("script"));
        }
        assertThat(users("revoke", "script").out()).isEqualTo("Revoked 1 token of 'script'.\n");
        try (Database store = Database.open(db())) {
            assertThat(store.accounts().byToken(token)).isEmpty();
        }
    }

    @Test
    void revokingWithAllAlsoEndsTheBrowserSessions() {
        users("add", "script", "--role", "editor");
        String token = users("token", "script").out().strip();
        long id;
        long session;
        try (Database store = Database.open(db())) {
            id = store.accounts().find("script").orElseThrow().id();
            session = store.accounts().sessionGeneration(id);
        }

        CommandRun revoke = users("revoke", "script", "--all");

        assertThat(revoke.out()).isEqualTo("Revoked 1 token of 'script' and ended its browser sessions.\n");
        try (Database store = Database.open(db())) {
            assertThat(store.accounts().byToken(token)).isEmpty();
            assertThat(store.accounts().signedIn(id, session)).isEmpty();
        }
    }

    @Test
    void aNewPasswordSignsTheAccountOutEverywhere() {
        users("add", "script", "--role", "editor");
        String token = users("token", "script").out().strip();

        CommandRun password = users("password", "script");

        assertThat(password.out()).startsWith("Changed the password of 'script', signed it out everywhere and revoked its"
                + " API tokens.");
        try (Database store = Database.open(db())) {
            assertThat(store.accounts().byToken(token)).isEmpty();
        }
    }

    @Test
    void aChangeThatCannotBeMadeIsAUsageErrorNamingTheReason() {
        CommandRun unknown = users("token", "nobody");
        CommandRun badRole = users("add", "erin", "--role", "owner");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("no account named 'nobody'");
        assertThat(badRole.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badRole.err()).contains("VIEWER", "EDITOR", "ADMIN");
    }

    /** Runs {@code tsunagu users SUBCOMMAND --db FILE ARGS...}. */
    private CommandRun users(String subcommand, String... args) {
        List<String> command = new ArrayList<>(List.of("users", subcommand, "--db", db()));
        command.addAll(List.of(args));
        return CommandRun.of(command.toArray(String[]::new));
    }

    private String db() {
        return folder.resolve("kb.db").toString();
    }
}
