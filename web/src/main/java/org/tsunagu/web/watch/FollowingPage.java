package org.tsunagu.web.watch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.tsunagu.store.watch.Watchlist;

/**
 * The Following page: each watchlist with what is new since the last visit, the forms that follow
 * a sector and stop following, and the feeds' addresses, which are shown only right after they
 * are made (only the token's digest is kept).
 *
 * @param site the server's address, for feed addresses to copy
 * @param feedToken the token just made, if any
 * @param feedsMadeAt when the current token was made, if there is one
 */
record FollowingPage(String csrf, List<Section> sections, List<String> sectors, String site,
        Optional<String> feedToken, Optional<String> feedsMadeAt) {

    /** A watchlist, the page of what it follows, and what is new there. */
    record Section(Watchlist watchlist, List<WatchItem> news) {

        String page() {
            return switch (watchlist.kind()) {
                case ENTITY -> "/entities/" + watchlist.target();
                case SECTOR -> "/search?q=" + URLEncoder.encode(watchlist.target(), StandardCharsets.UTF_8);
                case SEARCH -> watchlist.target();
            };
        }

        /** "2 new facts since your last visit", "Nothing new since your last visit". */
        String heading() {
            String what = switch (watchlist.kind()) {
                case ENTITY, SECTOR -> news.size() == 1 ? "fact" : "facts";
                case SEARCH -> news.size() == 1 ? "document" : "documents";
            };
            return news.isEmpty() ? "Nothing new since your last visit"
                    : news.size() + " new " + what + " since your last visit";
        }
    }

    String feedAddress(Watchlist watchlist) {
        return site + WatchRoutes.feedPath(feedToken.orElseThrow(), watchlist.id());
    }
}
