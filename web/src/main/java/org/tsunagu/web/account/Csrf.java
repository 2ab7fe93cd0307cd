package org.tsunagu.web.account;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.tsunagu.store.account.Secrets;

/**
 * Synchronizer tokens against cross-site request forgery: a random token kept in the session,
 * sent back by forms as a hidden field and by htmx as a header. Another site can make a browser
 * send the session cookie, but cannot read the token to send with it.
 */
public final class Csrf {

    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = "tsunagu.csrf";

    private Csrf() {
    }

    /** The session's token, for a form or a page; starts a session when there is none. */
    public static String token(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session == null) {
            session = ctx.req().getSession(true);
            session.setMaxInactiveInterval((int) LoginSession.BEFORE_SIGN_IN.toSeconds());
        }
        Object token = session.getAttribute(ATTRIBUTE);
        return token != null ? (String) token : renew(session);
    }

    static String renew(HttpSession session) {
        String token = Secrets.random(32);
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }

    /** True when the request carries its session's token, in the header or the form field. */
    static boolean presentIn(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (expected == null) {
            return false;
        }
        String given = ctx.header(HEADER);
        if (given == null) {
            given = ctx.formParam(FIELD);
        }
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                ((String) expected).getBytes(StandardCharsets.UTF_8));
    }
}
