package org.tsunagu.store.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.Query;
import org.tsunagu.model.Coded;

/**
 * Local accounts with their roles and API tokens. Passwords are kept as Argon2id hashes and
 * tokens as SHA-256 digests: neither can be read back, only checked. Hashing is slow on purpose
 * and is done outside transactions.
 */
public final class Accounts {

    /** The account the first run creates. */
    public static final String FIRST_ADMIN = "admin";
    public static final int MIN_PASSWORD_LENGTH = 10;
    /** Hashing cost grows with the input; nobody types more. */
    public static final int MAX_PASSWORD_LENGTH = 1_000;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final String SELECT = "SELECT id, name, role, created_at FROM accounts ";
    private static final String ALL = SELECT + "ORDER BY name";
    private static final String BY_NAME = SELECT + "WHERE name = :name";
    private static final String BY_ID = SELECT + "WHERE id = :id";
    private static final String SIGNED_IN = BY_ID + " AND session_generation = :generation";

    private final Jdbi jdbi;
    private final Clock clock;

    public Accounts(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public boolean isEmpty() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM accounts").mapTo(Long.class).one() == 0);
    }

    /** By name, ignoring case. */
    public List<Account> list() {
        return jdbi.withHandle(handle -> mapped(handle.createQuery(ALL)).list());
    }

    public Optional<Account> find(String name) {
        return jdbi.withHandle(handle -> find(handle, name));
    }

    public Optional<Account> find(long id) {
        return jdbi.withHandle(handle -> mapped(handle.createQuery(BY_ID).bind("id", id)).findOne());
    }

    /** @throws AccountException for a name that is taken or not allowed, or a password too short or long */
    public Account add(String name, Role role, String password) {
        checkName(name);
        String hash = PasswordHash.of(checkPassword(password));
        return jdbi.inTransaction(handle -> {
            if (find(handle, name).isPresent()) {
                throw new AccountException("an account named '" + name + "' exists already");
            }
            return insert(handle, name, role, hash);
        });
    }

    /**
     * Creates the admin account when there is no account at all, in one statement, so that two
     * servers starting at once cannot both create one.
     *
     * @return the account, or empty when accounts existed already
     */
    public Optional<Account> addFirstAdmin(String password) {
        String hash = PasswordHash.of(checkPassword(password));
        return jdbi.inTransaction(handle -> handle.createQuery("""
                INSERT INTO accounts (name, role, password_hash, created_at)
                SELECT :name, 'admin', :hash, :at WHERE NOT EXISTS (SELECT 1 FROM accounts)
                RETURNING id, name, role, created_at""")
                .bind("name", FIRST_ADMIN).bind("hash", hash).bind("at", clock.instant().toString())
                .map((row, ctx) -> new Account(row.getLong("id"), row.getString("name"), Role.ADMIN,
                        row.getString("created_at")))
                .findOne());
    }

    /** Sets a new password and signs the account out everywhere: whoever knew the old one loses what it gave them. */
    public void changePassword(String name, String password) {
        String hash = PasswordHash.of(checkPassword(password));
        jdbi.useTransaction(handle -> {
            long id = existing(handle, name).id();
            handle.createUpdate("UPDATE accounts SET password_hash = :hash WHERE id = :id")
                    .bind("hash", hash).bind("id", id).execute();
            signOutEverywhere(handle, id);
        });
    }

    /**
     * Ends every browser session of the account and revokes its API tokens.
     *
     * @return how many tokens the account had
     */
    public int signOutEverywhere(String name) {
        return jdbi.inTransaction(handle -> signOutEverywhere(handle, existing(handle, name).id()));
    }

    /** The generation a session of the account starts with; it stands while the account keeps it. */
    public long sessionGeneration(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT session_generation FROM accounts WHERE id = :id")
                .bind("id", id).mapTo(Long.class).findOne().orElse(-1L));
    }

    /** The account, while sessions that started at this generation stand. */
    public Optional<Account> signedIn(long id, long sessionGeneration) {
        return jdbi.withHandle(handle -> mapped(handle.createQuery(SIGNED_IN)
                .bind("id", id).bind("generation", sessionGeneration)).findOne());
    }

    /** Removes the account and its tokens; the last admin stays, or nobody could manage accounts from the web. */
    public void remove(String name) {
        jdbi.useTransaction(handle -> {
            Account account = existing(handle, name);
            if (account.role() == Role.ADMIN && handle.createQuery("SELECT COUNT(*) FROM accounts WHERE role = 'admin'")
                    .mapTo(Long.class).one() == 1) {
                throw new AccountException("'" + account.name() + "' is the last admin: add another admin first");
            }
            handle.createUpdate("DELETE FROM accounts WHERE id = :id").bind("id", account.id()).execute();
        });
    }

    /** The account when the password is its own; a name without an account costs as much time as a wrong password. */
    public Optional<Account> authenticate(String name, String password) {
        if (name == null || password == null || password.length() > MAX_PASSWORD_LENGTH) {
            return Optional.empty();
        }
        Optional<String> hash = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT password_hash FROM accounts WHERE name = :name").bind("name", name).mapTo(String.class).findOne());
        boolean matches = hash.isPresent() ? PasswordHash.matches(password, hash.get()) : PasswordHash.matchesNone(password);
        return matches ? find(name) : Optional.empty();
    }

    /**
     * Issues a new API token for the account. Its text is returned once and never stored: only
     * its digest is.
     */
    public String issueToken(String name) {
        String token = Secrets.token();
        jdbi.useTransaction(handle -> handle.createUpdate("""
                INSERT INTO api_tokens (account_id, token_hash, created_at) VALUES (:account, :hash, :at)""")
                .bind("account", existing(handle, name).id()).bind("hash", Secrets.digest(token))
                .bind("at", clock.instant().toString()).execute());
        return token;
    }

    /** @return how many tokens the account had */
    public int revokeTokens(String name) {
        return jdbi.inTransaction(handle -> handle.createUpdate("DELETE FROM api_tokens WHERE account_id = :id")
                .bind("id", existing(handle, name).id()).execute());
    }

    public Optional<Account> byToken(String token) {
        if (token == null || !token.startsWith(Secrets.TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> mapped(handle.createQuery("""
                SELECT a.id, a.name, a.role, a.created_at FROM accounts a JOIN api_tokens t ON t.account_id = a.id
                WHERE t.token_hash = :hash""").bind("hash", Secrets.digest(token))).findOne());
    }

    private static int signOutEverywhere(Handle handle, long id) {
        handle.createUpdate("UPDATE accounts SET session_generation = session_generation + 1 WHERE id = :id")
                .bind("id", id).execute();
        return handle.createUpdate("DELETE FROM api_tokens WHERE account_id = :id").bind("id", id).execute();
    }

    private Account insert(Handle handle, String name, Role role, String hash) {
        return mapped(handle.createQuery("""
                INSERT INTO accounts (name, role, password_hash, created_at) VALUES (:name, :role, :hash, :at)
                RETURNING id, name, role, created_at""")
                .bind("name", name).bind("role", role.code()).bind("hash", hash).bind("at", clock.instant().toString()))
                .one();
    }

    private static Optional<Account> find(Handle handle, String name) {
        return mapped(handle.createQuery(BY_NAME).bind("name", name)).findOne();
    }

    private static Account existing(Handle handle, String name) {
        return find(handle, name).orElseThrow(() -> new AccountException("no account named '" + name + "'"));
    }

    private static ResultIterable<Account> mapped(Query query) {
        return query.map((row, ctx) -> new Account(row.getLong("id"), row.getString("name"),
                Coded.fromCode(Role.class, row.getString("role")).orElseThrow(), row.getString("created_at")));
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AccountException("an account name is 1 to 40 letters, digits, '.', '_' or '-', starting with a"
                    + " letter or digit");
        }
    }

    private static String checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException("a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw new AccountException("a password has at most " + MAX_PASSWORD_LENGTH + " characters");
        }
        return password;
    }
}
