package org.tsunagu.web.account;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.router.InternalRouter;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.store.account.Accounts;
import org.tsunagu.store.account.Role;
import org.tsunagu.web.ErrorResponse;
import org.tsunagu.web.account.Visitor.Credential;

/**
 * The one access rule, checked before the handler of every route, page, API call and static
 * file alike. Reading (GET, HEAD) is open, or needs an account when reading is private; any
 * other method needs the role its route declares, and a route that declares none refuses it. HEAD
 * needs what GET on the same path needs. A browser that writes sends its session's CSRF token; a
 * script that sends an API token needs none.
 */
public final class AccessControl {

    /** Roles of static files: styles and scripts, which the sign-in page needs too. */
    public static final Set<RouteRole> OPEN_TO_ALL = Set.of(AccessRole.ANYONE);

    private static final String BEARER = "Bearer ";

    private final Accounts accounts;
    private final ReadAccess readAccess;
    private final InternalRouter router;
    private final Clock clock;

    private AccessControl(Accounts accounts, ReadAccess readAccess, InternalRouter router, Clock clock) {
        this.accounts = accounts;
        this.readAccess = readAccess;
        this.router = router;
        this.clock = clock;
    }

    public static void install(Javalin app, Accounts accounts, ReadAccess readAccess, Clock clock) {
        AccessControl control = new AccessControl(accounts, readAccess, app.unsafeConfig().pvt.internalRouter, clock);
        app.beforeMatched(control::check);
        app.exception(AccessDenied.class, AccessControl::answer);
    }

    private void check(Context ctx) {
        Visitor visitor = identify(ctx);
        visitor.attachTo(ctx);
        Optional<Role> needed = needed(ctx);
        if (needed.isPresent() && visitor.account().isEmpty()) {
            throw AccessDenied.unauthenticated("sign in, or send an API token, to " + (reads(ctx) ? "read" : "change")
                    + " this");
        }
        if (needed.isPresent() && !visitor.has(needed.get())) {
            throw AccessDenied.forbidden("this needs the " + needed.get().code() + " role");
        }
        if (!reads(ctx) && visitor.credential() != Credential.TOKEN && !Csrf.presentIn(ctx)) {
            throw AccessDenied.forbidden("the form's CSRF token is missing or out of date: reload the page and try again");
        }
    }

    /** A token that names no account is refused outright rather than taken as anonymous: its script should hear so. */
    private Visitor identify(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                throw AccessDenied.unauthenticated("send API tokens as 'Authorization: Bearer TOKEN'");
            }
            return accounts.byToken(authorization.substring(BEARER.length()).strip())
                    .map(account -> new Visitor(Optional.of(account), Credential.TOKEN))
                    .orElseThrow(() -> AccessDenied.unauthenticated("unknown or revoked API token"));
        }
        return LoginSession.account(ctx, accounts, clock)
                .map(account -> new Visitor(Optional.of(account), Credential.SESSION))
                .orElse(Visitor.ANONYMOUS);
    }

    private Optional<Role> needed(Context ctx) {
        List<AccessRole> declared = declaredRoles(ctx).stream()
                .filter(AccessRole.class::isInstance).map(AccessRole.class::cast).toList();
        if (declared.contains(AccessRole.ANYONE)) {
            return Optional.empty();
        }
        Optional<Role> lowest = declared.stream().flatMap(role -> role.role().stream()).min(Comparator.naturalOrder());
        if (lowest.isPresent()) {
            return lowest;
        }
        if (!reads(ctx)) {
            throw AccessDenied.forbidden(ctx.method() + " " + ctx.path() + " is open to no one");
        }
        return readAccess == ReadAccess.PRIVATE ? Optional.of(Role.VIEWER) : Optional.empty();
    }

    /**
     * The roles of the route the request goes to. Javalin answers HEAD from the GET route of the
     * path without running it, but gives the request the roles of a HEAD route, of which there
     * are none: those of the GET route are asked of its router, the only place that knows them.
     */
    private Set<RouteRole> declaredRoles(Context ctx) {
        if (ctx.method() != HandlerType.HEAD || !ctx.routeRoles().isEmpty()) {
            return ctx.routeRoles();
        }
        return router.findHttpHandlerEntries(HandlerType.GET, ctx.path()).findFirst()
                .map(get -> get.getEndpoint().metadata(Roles.class))
                .map(Roles::getRoles)
                .orElse(Set.of());
    }

    private static boolean reads(Context ctx) {
        return ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
    }

    /** JSON for the API; for pages, a sign-in form where signing in would help, else plain text. */
    private static void answer(AccessDenied denied, Context ctx) {
        if (denied.unauthenticated() && ctx.path().startsWith("/api/")) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"tsunagu\"");
        } else if (denied.unauthenticated()) {
            String target = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
            String signIn = "/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
            if (ctx.header("HX-Request") != null) {
                ctx.header("HX-Redirect", signIn);
            } else if (reads(ctx)) {
                ctx.redirect(signIn, HttpStatus.SEE_OTHER);
                return;
            }
        }
        ErrorResponse.send(ctx, denied.status(), denied.getMessage());
    }
}
