package org.tsunagu.search;

import org.tsunagu.model.Coded;

/** What a search result is: each has its own page. */
public enum Kind implements Coded {
    ENTITY,
    FACT,
    DOCUMENT;

    /** The path of the result's page on the web server, e.g. "/entities/12". */
    public String path(long id) {
        return switch (this) {
            case ENTITY -> "/entities/" + id;
            case FACT -> "/facts/" + id;
            case DOCUMENT -> "/documents/" + id;
        };
    }
}
