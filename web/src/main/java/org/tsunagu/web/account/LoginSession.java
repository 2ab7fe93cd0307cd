package org.tsunagu.web.account;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Optional;
import org.tsunagu.store.account.Account;

/**
 * The browser session of a signed-in account (Jetty's, in memory: a restart signs everyone
 * out). Its cookie is HttpOnly and SameSite=Lax; signing in gives the session a new id, so an id
 * planted before sign-in is worth nothing after it.
 */
final class LoginSession {

    private static final String ACCOUNT = "tsunagu.account";
    private static final Duration SIGNED_IN = Duration.ofHours(12);
    /** A session made for the sign-in form's CSRF token only. */
    static final Duration BEFORE_SIGN_IN = Duration.ofMinutes(30);

    private LoginSession() {
    }

    static void start(Context ctx, Account account) {
        ctx.req().getSession(true);
        ctx.req().changeSessionId();
        HttpSession session = ctx.req().getSession(false);
        session.setAttribute(ACCOUNT, account.id());
        session.setMaxInactiveInterval((int) SIGNED_IN.toSeconds());
        Csrf.renew(session);
    }

    static Optional<Long> account(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((Long) session.getAttribute(ACCOUNT));
    }

    static void end(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
