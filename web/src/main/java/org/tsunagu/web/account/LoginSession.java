package org.tsunagu.web.account;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tsunagu.store.account.Account;
import org.tsunagu.store.account.Accounts;

/**
 * The browser session of a signed-in account (Jetty's, in memory: a restart signs everyone
 * out). Its cookie is HttpOnly and SameSite=Lax; signing in gives the session a new id, so an id
 * planted before sign-in is worth nothing after it. A session ends {@link #LIFETIME} after signing
 * in however busy it is, and at once when the account's password changes or it is signed out
 * everywhere ({@code tsunagu users revoke NAME --all}), also by another process.
 */
final class LoginSession {

    static final Duration LIFETIME = Duration.ofHours(12);
    /** A session made for the sign-in form's CSRF token only. */
    static final Duration BEFORE_SIGN_IN = Duration.ofMinutes(30);

    private static final String ACCOUNT = "tsunagu.account";
    private static final String GENERATION = "tsunagu.session-generation";
    private static final String SIGNED_IN_AT = "tsunagu.signed-in-at";

    private LoginSession() {
    }

    static void start(Context ctx, Account account, long generation, Instant now) {
        ctx.req().getSession(true);
        ctx.req().changeSessionId();
        HttpSession session = ctx.req().getSession(false);
        session.setAttribute(ACCOUNT, account.id());
        session.setAttribute(GENERATION, generation);
        session.setAttribute(SIGNED_IN_AT, now);
        session.setMaxInactiveInterval((int) LIFETIME.toSeconds());
        Csrf.renew(session);
    }

    /** The account signed in, while its session stands; a session that no longer does is ended. */
    static Optional<Account> account(Context ctx, Accounts accounts, Clock clock) {
        HttpSession session = ctx.req().getSession(false);
        if (session == null || session.getAttribute(ACCOUNT) == null) {
            return Optional.empty();
        }
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        Optional<Account> account = signedInAt.plus(LIFETIME).isAfter(clock.instant())
                ? accounts.signedIn((Long) session.getAttribute(ACCOUNT), (Long) session.getAttribute(GENERATION))
                : Optional.empty();
        if (account.isEmpty()) {
            session.invalidate();
        }
        return account;
    }

    static void end(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
