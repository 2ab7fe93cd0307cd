package org.tsunagu.web.account;

import io.javalin.security.RouteRole;
import java.util.Optional;
import org.tsunagu.store.account.Role;

/**
 * The role a route declares, as the last argument of {@code app.get/post(...)}. A route that
 * declares none is readable as {@link ReadAccess} says and refuses every write: a new write
 * route is closed until it says who may use it.
 */
public enum AccessRole implements RouteRole {
    /** Everyone, signed in or not, also when reading is private: signing in, the health check. */
    ANYONE(null),
    VIEWER(Role.VIEWER),
    EDITOR(Role.EDITOR),
    ADMIN(Role.ADMIN);

    private final Role role;

    AccessRole(Role role) {
        this.role = role;
    }

    /** The account role needed, none for {@link #ANYONE}. */
    Optional<Role> role() {
        return Optional.ofNullable(role);
    }
}
