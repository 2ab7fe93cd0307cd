package org.tsunagu.web.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.account.Role;
import org.tsunagu.web.RunningServer;
import org.tsunagu.web.account.AccessRole;
import org.tsunagu.web.account.ReadAccess;
import org.tsunagu.web.api.Route;

/**
 * Every registered route, asked with every method by every role, with open and with private
 * reading: no route answers 2xx to someone below the role it needs. HEAD needs what GET needs; a
 * method the route does not have is never a success.
 */
class EveryRouteMethodAndRoleTest {

    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    /** Who asks, weakest first: their rank is their place in this list. */
    private static final List<String> WHO = List.of("anonymous", "viewer", "editor", "admin");
    /** A method no route has: nobody may succeed. */
    private static final int NO_ONE = WHO.size();

    @RegisterExtension
    final RunningServer open = new RunningServer(ReadAccess.OPEN);

    @RegisterExtension
    final RunningServer closed = new RunningServer(ReadAccess.PRIVATE);

    @Test
    void noRouteSucceedsForARoleBelowItsOwnWithOpenReading() throws Exception {
        assertThat(successesBelowTheNeededRole(open, 0)).isEmpty();
    }

    @Test
    void noRouteSucceedsForARoleBelowItsOwnWithPrivateReading() throws Exception {
        assertThat(successesBelowTheNeededRole(closed, 1)).isEmpty();
    }

    /** "HEAD /review by viewer: 200 (needs editor)" for each request that succeeded where it should not have. */
    private static Set<String> successesBelowTheNeededRole(RunningServer server, int undeclaredRead) throws Exception {
        Map<String, Optional<String>> tokens = tokens(server);
        Map<String, Map<String, Route>> byPath = new LinkedHashMap<>();
        for (Route route : server.routes()) {
            byPath.computeIfAbsent(route.path(), path -> new LinkedHashMap<>()).put(route.method(), route);
        }
        assertThat(byPath).containsKeys("/review", "/api/audit", "/api/documents", "/login");
        Set<String> wrong = new TreeSet<>();
        int asked = 0;
        for (Map.Entry<String, Map<String, Route>> path : byPath.entrySet()) {
            for (String method : METHODS) {
                int needed = needed(path.getValue(), method, undeclaredRead);
                for (int rank = 0; rank < needed; rank++) {
                    HttpResponse<String> response = send(server, method, concrete(path.getKey()), tokens.get(WHO.get(rank)));
                    asked++;
                    if (response.statusCode() / 100 == 2) {
                        wrong.add(method + " " + path.getKey() + " by " + WHO.get(rank) + ": " + response.statusCode()
                                + " (needs " + (needed == NO_ONE ? "no one" : WHO.get(needed)) + ")");
                    }
                }
            }
        }
        assertThat(asked).as("requests made").isGreaterThan(100);
        return wrong;
    }

    /** The rank the method needs on the path: its route's role, GET's for HEAD, no one for a method without a route. */
    private static int needed(Map<String, Route> routes, String method, int undeclaredRead) {
        Route route = routes.get(method);
        if (route == null && method.equals("HEAD")) {
            route = routes.get("GET");
        }
        if (route == null) {
            return NO_ONE;
        }
        Optional<Integer> declared = route.roles().stream().filter(AccessRole.class::isInstance)
                .map(role -> ((AccessRole) role).ordinal()).min(Integer::compare);
        boolean reads = method.equals("GET") || method.equals("HEAD");
        return declared.orElse(reads ? undeclaredRead : NO_ONE);
    }

    private static Map<String, Optional<String>> tokens(RunningServer server) {
        Map<String, Optional<String>> tokens = new LinkedHashMap<>();
        tokens.put("anonymous", Optional.empty());
        for (Role role : List.of(Role.VIEWER, Role.EDITOR, Role.ADMIN)) {
            server.database().accounts().add(role.code() + "-1", role, role.code() + "'s long password");
            tokens.put(role.code(), Optional.of(server.database().accounts().issueToken(role.code() + "-1")));
        }
        return tokens;
    }

    private static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}|<[^>]+>", "1");
    }

    private static HttpResponse<String> send(RunningServer server, String method, String path, Optional<String> token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .method(method, method.equals("GET") || method.equals("HEAD") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        return server.send(request);
    }
}
