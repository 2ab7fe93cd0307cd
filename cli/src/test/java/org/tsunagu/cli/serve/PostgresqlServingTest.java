package org.tsunagu.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.store.Database;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.store.testing.TestPostgresql;
import org.tsunagu.web.WebServer;

/** The web server runs over a PostgreSQL database that 'ingest' filled: every kind of page answers. */
class PostgresqlServingTest {

    private String store;

    @BeforeEach
    void ingestTwoSamples() {
        store = TestPostgresql.createStore();
        CommandRun ingest = CommandRun.of("ingest", "--db", store, "../examples/articles/01-quangninh-shizuoka-mou.txt",
                "../examples/articles/07-gyeongnam-yamaguchi-sister.txt");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    }

    @AfterEach
    void dropTheStore() {
        TestPostgresql.dropStore(store);
    }

    @Test
    void servesEveryKindOfPageAndTheApiFromPostgresql() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        try (Database database = Database.open(store); WebServer server = WebServer.start(database, 0)) {
            long entity = database.entities(EntityQuery.all()).items().get(0).id();
            long fact = database.recentFacts(1).get(0).id();
            for (String path : List.of("/", "/entities", "/entities/" + entity, "/network?entity=" + entity,
                    "/documents", "/documents/1", "/search?q=Shizuoka", "/api/entities/" + entity, "/api/facts",
                    "/api/graph?entity=" + entity, "/api/search?q=Yamaguchi", "/api/statements", "/export/graph.jsonld",
                    "/facts/" + fact)) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isIn(200, 302);
            }
            HttpResponse<String> search = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=Shizuoka")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(search.body()).contains("\"title\":\"Shizuoka\"");
        }
    }
}
