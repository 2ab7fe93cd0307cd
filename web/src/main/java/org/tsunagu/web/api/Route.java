package org.tsunagu.web.api;

import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * A route the server answers: an HTTP method, a path as registered ({@code /api/facts/{id}}) and
 * the roles it declares (none: reading as the read access says, writing refused).
 */
public record Route(String method, String path, Set<RouteRole> roles) {

    public Route {
        roles = Set.copyOf(roles);
    }
}
