package org.tsunagu.web.account;

import io.javalin.http.Context;
import java.util.Optional;
import org.tsunagu.store.account.Account;
import org.tsunagu.store.account.Role;

/**
 * Who sent a request: an account signed in through the browser or named by an API token, or
 * nobody. Set on every request a route answers, before its handler runs.
 */
public record Visitor(Optional<Account> account, Credential credential) {

    /** How the visitor proved who they are. A token comes from a script and needs no CSRF token. */
    public enum Credential {
        NONE,
        SESSION,
        TOKEN
    }

    static final Visitor ANONYMOUS = new Visitor(Optional.empty(), Credential.NONE);
    private static final String ATTRIBUTE = "tsunagu.visitor";

    public static Visitor of(Context ctx) {
        Visitor visitor = ctx.attribute(ATTRIBUTE);
        return visitor != null ? visitor : ANONYMOUS;
    }

    void attachTo(Context ctx) {
        ctx.attribute(ATTRIBUTE, this);
    }

    public boolean has(Role role) {
        return account.map(a -> a.role().includes(role)).orElse(false);
    }

    /** The account's name, for the audit log; only asked of a visitor whom a role let in. */
    public String name() {
        return account.map(Account::name).orElseThrow(() -> new IllegalStateException("an anonymous visitor has no name"));
    }
}
