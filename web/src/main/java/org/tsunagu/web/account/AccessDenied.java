package org.tsunagu.web.account;

import org.tsunagu.web.RefusedRequest;

/** A request that the access rule refuses: 401 when signing in would help, 403 when it would not. */
final class AccessDenied extends RefusedRequest {

    private AccessDenied(int status, String message) {
        super(status, message);
    }

    static AccessDenied unauthenticated(String message) {
        return new AccessDenied(401, message);
    }

    static AccessDenied forbidden(String message) {
        return new AccessDenied(403, message);
    }

    boolean unauthenticated() {
        return status() == 401;
    }
}
