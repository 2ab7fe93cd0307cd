package org.tsunagu.web.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.web.JsonBodies.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.watch.WatchKind;
import org.tsunagu.store.watch.Watchlist;
import org.tsunagu.web.RunningServer;

class WatchApiTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @Test
    void followsListsAndUnfollowsThroughTheApi() throws Exception {
        server.database().save(Samples.daNangSakai());
        long sakai = EntityIds.of(server.database(), "Sakai");
        server.database().accounts().add("yui", Role.VIEWER, "a password of yui");
        String token = server.database().accounts().issueToken("yui");

        HttpResponse<String> followed = send(token, "POST", "/api/watchlists",
                "{\"kind\": \"entity\", \"target\": \"" + sakai + "\"}");
        assertThat(followed.statusCode()).as(followed.body()).isEqualTo(201);
        long id = json(followed).get("id").asLong();
        assertThat(json(followed).get("label").asText()).isEqualTo("Sakai");
        assertThat(json(send(token, "GET", "/api/watchlists", null)).at("/items/0/id").asLong()).isEqualTo(id);
        assertThat(send(token, "POST", "/api/watchlists", "{\"kind\": \"planet\", \"target\": \"1\"}").statusCode())
                .isEqualTo(400);

        assertThat(send(token, "DELETE", "/api/watchlists/" + id, null).statusCode()).isEqualTo(204);
        assertThat(json(send(token, "GET", "/api/watchlists", null)).get("items")).isEmpty();
        assertThat(send(token, "DELETE", "/api/watchlists/" + id, null).statusCode()).isEqualTo(404);
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/api/watchlists"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\": \"sector\", \"target\": \"food\"}")))
                .statusCode()).as("nobody signed in").isEqualTo(401);
    }

    @Test
    void aFeedAnswersOnlyToItsOwnersCurrentToken() throws Exception {
        long yui = server.database().accounts().add("yui", Role.VIEWER, "a password of yui").id();
        long ren = server.database().accounts().add("ren", Role.VIEWER, "a password of ren").id();
        Watchlist food = server.database().watchlists().follow(yui, WatchKind.SECTOR, "food", "food");
        Watchlist theirs = server.database().watchlists().follow(ren, WatchKind.SECTOR, "food", "food");
        Articles article = Articles.article("peaches", "Peaches from Okayama were shown to buyers in Taipei.");
        server.database().save(article.with(article.product("Peaches", article.place("Okayama"))));
        String old = server.database().feedTokens().issue(yui);
        assertThat(server.get(WatchRoutes.feedPath(old, food.id())).body()).contains("Peaches");

        String current = server.database().feedTokens().issue(yui);

        HttpResponse<String> feed = server.get(WatchRoutes.feedPath(current, food.id()));
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/atom+xml"));
        assertThat(feed.body()).contains("Peaches from Okayama were shown to buyers in Taipei.");
        assertThat(server.get(WatchRoutes.feedPath(old, food.id())).statusCode()).as("the replaced token").isEqualTo(404);
        assertThat(server.get(WatchRoutes.feedPath(current, theirs.id())).statusCode()).as("another's watchlist")
                .isEqualTo(404);
        server.database().feedTokens().revoke(yui);
        assertThat(server.get(WatchRoutes.feedPath(current, food.id())).statusCode()).as("revoked").isEqualTo(404);
    }

    @Test
    void aSavedSearchFeedsTheNewDocumentsItFindsOnly() throws Exception {
        long yui = server.database().accounts().add("yui", Role.VIEWER, "a password of yui").id();
        String token = server.database().accounts().issueToken("yui");
        HttpResponse<String> followed = send(token, "POST", "/api/watchlists",
                "{\"kind\": \"search\", \"target\": \"/search?q=Okayama&offset=20\"}");
        assertThat(json(followed).get("target").asText()).as("kept without its page of results")
                .isEqualTo("/search?q=Okayama");
        Articles peaches = Articles.article("okayama-peaches", "Peaches from Okayama were shown to buyers in Taipei.");
        server.database().save(peaches.with(peaches.product("Peaches", peaches.place("Okayama"))));
        Articles rice = Articles.article("niigata-rice", "Rice from Niigata was shown to buyers in Manila.");
        server.database().save(rice.with(rice.product("Rice", rice.place("Niigata"))));

        String feed = server.get(WatchRoutes.feedPath(server.database().feedTokens().issue(yui),
                json(followed).get("id").asLong())).body();

        assertThat(feed).contains("<title>okayama-peaches</title>", "/documents/").doesNotContain("niigata-rice");
    }

    private HttpResponse<String> send(String token, String method, String path, String body) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }
}
