package org.tsunagu.web.account;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tsunagu.store.account.Account;
import org.tsunagu.store.account.Accounts;

/** Signing in and out with a local account's name and password, and the account menu in every page's header. */
public final class LoginRoutes {

    /** A path on this server: not "//host" nor "/\host", which browsers take for another site. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\\\\\s\\p{Cntrl}]*");

    private final Accounts accounts;
    private final TemplateEngine templates;
    private final LoginThrottle throttle = new LoginThrottle();
    private final Clock clock;

    private LoginRoutes(Accounts accounts, TemplateEngine templates, Clock clock) {
        this.accounts = accounts;
        this.templates = templates;
        this.clock = clock;
    }

    public static void addTo(Javalin app, Accounts accounts, TemplateEngine templates, Clock clock) {
        LoginRoutes routes = new LoginRoutes(accounts, templates, clock);
        app.get("/login", routes::form, AccessRole.ANYONE);
        app.post("/login", routes::signIn, AccessRole.ANYONE);
        app.post("/logout", routes::signOut, AccessRole.ANYONE);
        app.get("/account/menu", routes::menu, AccessRole.ANYONE);
    }

    private void form(Context ctx) {
        render(ctx, HttpStatus.OK, "account/login.jte", LoginPage.blank(Csrf.token(ctx), next(ctx.queryParam("next"))));
    }

    private void signIn(Context ctx) {
        String name = Objects.requireNonNullElse(ctx.formParam("name"), "").strip();
        String password = Objects.requireNonNullElse(ctx.formParam("password"), "");
        LoginPage again = new LoginPage(Csrf.token(ctx), next(ctx.formParam("next")), name, "");
        Instant now = clock.instant();
        Optional<Duration> wait = throttle.wait(name, ctx.ip(), now);
        if (wait.isPresent()) {
            ctx.header("Retry-After", String.valueOf(wait.get().toSeconds() + 1));
            render(ctx, HttpStatus.TOO_MANY_REQUESTS, "account/login.jte", again.withError(
                    "Too many failed sign-ins: wait " + (wait.get().toSeconds() + 1) + " s and try again."));
            return;
        }
        Optional<Account> account = accounts.authenticate(name, password);
        if (account.isEmpty()) {
            throttle.failed(name, ctx.ip(), now);
            render(ctx, HttpStatus.UNAUTHORIZED, "account/login.jte", again.withError("Wrong name or password."));
            return;
        }
        throttle.succeeded(name, ctx.ip());
        LoginSession.start(ctx, account.get(), accounts.sessionGeneration(account.get().id()), now);
        ctx.redirect(again.next(), HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        LoginSession.end(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** A fragment the layout loads: a session (and its CSRF token) only for someone signed in. */
    private void menu(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        String csrf = visitor.credential() == Visitor.Credential.SESSION ? Csrf.token(ctx) : "";
        render(ctx, HttpStatus.OK, "account/menu.jte", new AccountMenu(visitor.account(), csrf));
    }

    /** Where to go after signing in: the page asked for when it is on this server, else home. */
    public static String next(String requested) {
        return requested != null && LOCAL_PATH.matcher(requested).matches() ? requested : "/";
    }

    private void render(Context ctx, HttpStatus status, String template, Object model) {
        StringOutput html = new StringOutput();
        templates.render(template, model, html);
        ctx.status(status).contentType("text/html; charset=utf-8").result(html.toString());
    }
}
