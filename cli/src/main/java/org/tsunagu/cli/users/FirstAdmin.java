package org.tsunagu.cli.users;

import java.io.PrintWriter;
import org.tsunagu.store.account.AccountException;
import org.tsunagu.store.account.Accounts;
import org.tsunagu.store.account.Secrets;

/**
 * The first run's account: when a server starts over a knowledge base without accounts, it
 * makes "admin", with the password from {@code TSUNAGU_ADMIN_PASSWORD} or a random one that it
 * prints once. Only a hash is stored, so the random password cannot be shown again.
 */
public final class FirstAdmin {

    public static final String PASSWORD_VARIABLE = "TSUNAGU_ADMIN_PASSWORD";

    private FirstAdmin() {
    }

    /** @param fromEnvironment the value of {@value #PASSWORD_VARIABLE}, or null */
    public static void ensure(Accounts accounts, String fromEnvironment, PrintWriter err) {
        if (!accounts.isEmpty()) {
            return;
        }
        boolean given = fromEnvironment != null && !fromEnvironment.isEmpty();
        String password = given ? fromEnvironment : Secrets.password();
        try {
            if (accounts.addFirstAdmin(password).isEmpty()) {
                return;
            }
        } catch (AccountException e) {
            throw new IllegalArgumentException(PASSWORD_VARIABLE + ": " + e.getMessage(), e);
        }
        if (given) {
            err.printf("Created the account '%s' with the password in $%s.%n", Accounts.FIRST_ADMIN, PASSWORD_VARIABLE);
        } else {
            err.printf("Created the account '%s' with the password%n    %s%n", Accounts.FIRST_ADMIN, password);
            err.printf("It is shown this once only. Sign in at /login; to set another: tsunagu users password %s%n",
                    Accounts.FIRST_ADMIN);
        }
        err.flush();
    }
}
