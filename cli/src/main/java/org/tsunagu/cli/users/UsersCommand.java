package org.tsunagu.cli.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.cli.Subcommands;
import org.tsunagu.cli.common.DatabaseOption;
import org.tsunagu.store.Database;
import org.tsunagu.store.account.Account;
import org.tsunagu.store.account.AccountException;
import org.tsunagu.store.account.Accounts;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.account.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "users", mixinStandardHelpOptions = true,
        description = {
            "Manage the accounts of the web application and their API tokens.",
            "Roles: viewer reads (needed only with 'serve --private'); editor also reviews and",
            "edits facts; admin also adds articles through the API. Passwords and tokens are",
            "stored as hashes: a generated one is printed once and cannot be shown again."},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Password.class,
            UsersCommand.Token.class, UsersCommand.Revoke.class, UsersCommand.Remove.class},
        footer = {"", "Exit codes: 0 done, 2 usage error or a change that cannot be made (nothing changed)."})
public final class UsersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a users command: " + Subcommands.of(spec));
    }

    /** Opens the accounts, does one change, and turns a change that cannot be made into a usage error. */
    abstract static class Change implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOption database;

        abstract void change(Accounts accounts, PrintWriter out);

        @Override
        public Integer call() {
            try (Database store = Database.open(database.location())) {
                change(store.accounts(), spec.commandLine().getOut());
                return ExitCodes.SUCCESS;
            } catch (AccountException e) {
                spec.commandLine().getErr().println("tsunagu users: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
    }

    /** A password read from the first line of standard input, or generated and printed once. */
    static final class NewPassword {
        @Option(names = "--password-stdin",
                description = "Read the password from the first line of standard input (default: generate one and print it once).")
        boolean fromStandardInput;

        /** Gives the password to {@code use}, then says {@code done} and, when it was generated, the password. */
        void set(Consumer<String> use, PrintWriter out, String done) {
            String password = fromStandardInput ? standardInput() : Secrets.password();
            use.accept(password);
            out.println(done);
            if (!fromStandardInput) {
                out.println("  password (shown this once only): " + password);
            }
        }

        private static String standardInput() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? "" : line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account.")
    static final class Add extends Change {
        @Parameters(paramLabel = "NAME", description = "1 to 40 letters, digits, '.', '_' or '-'; unique whatever its case.")
        String name;

        @Option(names = "--role", defaultValue = "viewer", paramLabel = "ROLE",
                description = "viewer, editor or admin (default: ${DEFAULT-VALUE}).")
        Role role;

        @Mixin
        NewPassword password;

        @Override
        void change(Accounts accounts, PrintWriter out) {
            password.set(secret -> accounts.add(name, role, secret), out, "Added " + role.code() + " '" + name + "'.");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts: name, role, created.")
    static final class ListUsers extends Change {
        @Override
        void change(Accounts accounts, PrintWriter out) {
            for (Account account : accounts.list()) {
                out.println(account.name() + "\t" + account.role().code() + "\t" + account.createdAt());
            }
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = "Give an account a new password; this signs it out everywhere and revokes its API tokens.")
    static final class Password extends Change {
        @Parameters(paramLabel = "NAME", description = "The account.")
        String name;

        @Mixin
        NewPassword password;

        @Override
        void change(Accounts accounts, PrintWriter out) {
            password.set(secret -> accounts.changePassword(name, secret), out, "Changed the password of '" + name
                    + "', signed it out everywhere and revoked its API tokens.");
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = {"Issue an API token for scripts, acting with the account's role. It is printed",
                "once; send it as the header 'Authorization: Bearer TOKEN'."})
    static final class Token extends Change {
        @Parameters(paramLabel = "NAME", description = "The account the token acts for.")
        String name;

        @Override
        void change(Accounts accounts, PrintWriter out) {
            out.println(accounts.issueToken(name));
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke every API token of an account; with --all also end its browser sessions.")
    static final class Revoke extends Change {
        @Parameters(paramLabel = "NAME", description = "The account.")
        String name;

        @Option(names = "--all", description = "Sign the account out everywhere: its browser sessions end too, on every server.")
        boolean everywhere;

        @Override
        void change(Accounts accounts, PrintWriter out) {
            int revoked = everywhere ? accounts.signOutEverywhere(name) : accounts.revokeTokens(name);
            out.println("Revoked " + revoked + (revoked == 1 ? " token" : " tokens") + " of '" + name + "'"
                    + (everywhere ? " and ended its browser sessions." : "."));
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account and its tokens.")
    static final class Remove extends Change {
        @Parameters(paramLabel = "NAME", description = "The account.")
        String name;

        @Override
        void change(Accounts accounts, PrintWriter out) {
            accounts.remove(name);
            out.println("Removed '" + name + "' and its tokens.");
        }
    }
}
