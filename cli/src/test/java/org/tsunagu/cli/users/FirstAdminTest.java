package org.tsunagu.cli.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.store.Database;
import org.tsunagu.store.account.Accounts;

class FirstAdminTest {

    private Database store;

    @BeforeEach
    void open(@TempDir Path folder) {
        store = Database.open(folder.resolve("kb.db").toString());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void printsAGeneratedPasswordOnTheFirstRunOnly() {
        String first = ensure(null);
        String second = ensure(null);

        Matcher password = Pattern.compile("password\\n {4}(\\S+)\\n").matcher(first);
        assertThat(password.find()).as(first).isTrue();
        assertThat(first).contains("shown this once only");
        assertThat(second).isEmpty();
        assertThat(accounts().authenticate("admin", password.group(1))).isPresent();
    }

    @Test
    void takesThePasswordFromTheEnvironmentWithoutPrintingIt() {
        String printed = ensure("the admin's chosen password");

        assertThat(printed).contains("$TSUNAGU_ADMIN_PASSWORD").doesNotContain("chosen");
        assertThat(accounts().authenticate("admin", "the admin's chosen password")).isPresent();
    }

    @Test
    void refusesAShortPasswordFromTheEnvironment() {
        assertThatThrownBy(() -> ensure("admin")).hasMessageContaining("TSUNAGU_ADMIN_PASSWORD: a password needs at least");
        assertThat(accounts().isEmpty()).isTrue();
    }

    private String ensure(String fromEnvironment) {
        StringWriter err = new StringWriter();
        FirstAdmin.ensure(accounts(), fromEnvironment, new PrintWriter(err, true));
        return err.toString();
    }

    private Accounts accounts() {
        return store.accounts();
    }
}
