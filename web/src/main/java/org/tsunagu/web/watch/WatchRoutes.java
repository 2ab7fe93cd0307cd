package org.tsunagu.web.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.tsunagu.search.SearchIndex;
import org.tsunagu.store.Database;
import org.tsunagu.store.account.Account;
import org.tsunagu.store.watch.WatchKind;
import org.tsunagu.store.watch.Watchlist;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.NotFoundException;
import org.tsunagu.web.QueryParameters;
import org.tsunagu.web.ServerSettings;
import org.tsunagu.web.account.AccessRole;
import org.tsunagu.web.account.Csrf;
import org.tsunagu.web.account.LoginRoutes;
import org.tsunagu.web.account.Visitor;

/**
 * Watchlists: the Following page and its forms, the Follow button of entity pages and searches,
 * an Atom feed per watchlist at an address with the account's feed token (feed readers cannot
 * sign in), and {@code /api/watchlists}. Any signed-in account may follow; each sees only its own.
 */
public final class WatchRoutes {

    /** What the page lists of each watchlist, and what a feed holds. */
    private static final int NEWS_LIMIT = 50;
    private static final int SECTOR_CHOICES = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final Following following;
    private final WatchNews news;
    private final TemplateEngine templates;
    private final ServerSettings settings;

    private WatchRoutes(Database database, SearchIndex index, TemplateEngine templates, ServerSettings settings) {
        this.database = database;
        this.following = new Following(database);
        this.news = new WatchNews(database, index);
        this.templates = templates;
        this.settings = settings;
    }

    public static void addTo(Javalin app, Database database, SearchIndex index, TemplateEngine templates,
            ServerSettings settings) {
        WatchRoutes routes = new WatchRoutes(database, index, templates, settings);
        app.get("/following", routes::page, AccessRole.VIEWER);
        app.post("/following", routes::followForm, AccessRole.VIEWER);
        app.post("/following/{id}/unfollow", routes::unfollowForm, AccessRole.VIEWER);
        app.post("/following/feeds", routes::makeFeeds, AccessRole.VIEWER);
        app.post("/following/feeds/revoke", routes::revokeFeeds, AccessRole.VIEWER);
        app.get("/following/button", routes::button, AccessRole.ANYONE);
        app.get("/feeds/{token}/{id}.atom", routes::feed, AccessRole.ANYONE);
        app.get("/api/watchlists", routes::list, AccessRole.VIEWER);
        app.post("/api/watchlists", routes::follow, AccessRole.VIEWER);
        app.delete("/api/watchlists/{id}", routes::unfollow, AccessRole.VIEWER);
    }

    static String feedPath(String token, long watchlist) {
        return "/feeds/" + token + "/" + watchlist + ".atom";
    }

    /** What is new in each watchlist since the last visit; showing it is the visit. */
    private void page(Context ctx) {
        Instant seen = renderPage(ctx, Optional.empty());
        database.watchlists().markVisited(account(ctx), seen);
    }

    /** @return the moment up to which the page shows what is new */
    private Instant renderPage(Context ctx, Optional<String> feedToken) {
        long account = account(ctx);
        // Taken before reading: what arrives while the page is read is new again next time, not lost.
        Instant now = settings.clock().instant();
        List<FollowingPage.Section> sections = database.watchlists().of(account).stream()
                .map(w -> new FollowingPage.Section(w, news.since(w, w.lastVisit(), NEWS_LIMIT))).toList();
        HtmlPages.render(ctx, templates, "watch/following.jte", new FollowingPage(Csrf.token(ctx), sections,
                database.watchedItems().sectors(SECTOR_CHOICES), site(ctx), feedToken,
                database.feedTokens().issuedAt(account)));
        return now;
    }

    private void followForm(Context ctx) {
        following.follow(account(ctx), ctx.formParam("kind"), ctx.formParam("target"));
        ctx.redirect(LoginRoutes.next(Optional.ofNullable(ctx.formParam("next")).orElse("/following")), HttpStatus.SEE_OTHER);
    }

    private void unfollowForm(Context ctx) {
        following.unfollow(account(ctx), QueryParameters.pathId(ctx, "id"));
        ctx.redirect(LoginRoutes.next(Optional.ofNullable(ctx.formParam("next")).orElse("/following")), HttpStatus.SEE_OTHER);
    }

    /** The new addresses are shown on this answer only: the token is kept as a digest. */
    private void makeFeeds(Context ctx) {
        renderPage(ctx, Optional.of(database.feedTokens().issue(account(ctx))));
    }

    private void revokeFeeds(Context ctx) {
        database.feedTokens().revoke(account(ctx));
        ctx.redirect("/following", HttpStatus.SEE_OTHER);
    }

    /** A form for a signed-in visitor, a link to sign in for anyone else; a session only for the former. */
    private void button(Context ctx) {
        WatchKind kind = Following.kind(ctx.queryParam("kind"));
        Following.Target target = following.target(kind, Optional.ofNullable(ctx.queryParam("target")).orElse("").strip());
        String next = switch (kind) {
            case ENTITY -> "/entities/" + target.key();
            case SECTOR -> "/following";
            case SEARCH -> target.key();
        };
        Visitor visitor = Visitor.of(ctx);
        boolean signedIn = visitor.credential() == Visitor.Credential.SESSION;
        Optional<Watchlist> watchlist = signedIn
                ? database.watchlists().find(visitor.account().orElseThrow().id(), kind, target.key()) : Optional.empty();
        HtmlPages.render(ctx, templates, "watch/button.jte",
                new FollowButton(kind, target.key(), next, watchlist, signedIn, signedIn ? Csrf.token(ctx) : ""));
    }

    /** The same answer for an unknown token and another account's watchlist: neither says which it was. */
    private void feed(Context ctx) throws XMLStreamException {
        long id = QueryParameters.pathId(ctx, "id");
        Watchlist watchlist = database.feedTokens().account(ctx.pathParam("token"))
                .flatMap(account -> database.watchlists().find(account, id))
                .orElseThrow(() -> new NotFoundException("no such feed: its address may have been replaced"));
        ByteArrayOutputStream atom = new ByteArrayOutputStream();
        AtomFeed.write(watchlist, news.since(watchlist, Instant.EPOCH, NEWS_LIMIT), site(ctx),
                site(ctx) + feedPath(ctx.pathParam("token"), id), atom);
        ctx.header("Cache-Control", "no-store").contentType(AtomFeed.CONTENT_TYPE).result(atom.toByteArray());
    }

    private void list(Context ctx) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode items = body.putArray("items");
        database.watchlists().of(account(ctx)).forEach(w -> items.add(json(w)));
        ctx.json(body);
    }

    /** The body is {@code {"kind": "entity", "target": "12"}}. */
    private void follow(Context ctx) {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (IOException e) {
            throw new InvalidRequestException("the body is not JSON: " + e.getMessage());
        }
        if (body == null || !body.path("kind").isTextual() || !body.path("target").isValueNode()) {
            throw new InvalidRequestException("send {\"kind\": \"entity\", \"target\": \"12\"}: kind is entity, sector or"
                    + " search; target the entity's id, the sector's words or a /search?q=... address");
        }
        Watchlist watchlist = following.follow(account(ctx), body.get("kind").asText(), body.get("target").asText());
        ctx.status(HttpStatus.CREATED).json(json(watchlist));
    }

    private void unfollow(Context ctx) {
        following.unfollow(account(ctx), QueryParameters.pathId(ctx, "id"));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static ObjectNode json(Watchlist watchlist) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", watchlist.id());
        node.put("kind", watchlist.kind().code());
        node.put("target", watchlist.target());
        node.put("label", watchlist.label());
        node.put("created_at", watchlist.createdAt().toString());
        node.put("last_visit", watchlist.lastVisit().toString());
        return node;
    }

    private String site(Context ctx) {
        return settings.publicUrl().map(url -> url.toString().replaceAll("/+$", ""))
                .orElseGet(() -> ctx.scheme() + "://" + ctx.host());
    }

    private static long account(Context ctx) {
        return Visitor.of(ctx).account().map(Account::id).orElseThrow();
    }
}
