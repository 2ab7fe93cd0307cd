package org.tsunagu.web.watch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.tsunagu.store.watch.WatchKind;
import org.tsunagu.store.watch.Watchlist;

/**
 * The Follow or Unfollow button of an entity page or a search, loaded into the page by htmx like
 * the account menu, so the pages stay the same for everyone and only a signed-in visitor gets a
 * session and a form.
 *
 * @param next the page to come back to after following
 */
public record FollowButton(WatchKind kind, String target, String next, Optional<Watchlist> following,
        boolean signedIn, String csrf) {

    /** The address of the button for a page: {@code /following/button?kind=entity&target=12}. */
    public static String path(WatchKind kind, String target) {
        return "/following/button?kind=" + kind.code() + "&target=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    String signIn() {
        return "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    String label() {
        return kind == WatchKind.SEARCH ? "Follow this search" : "Follow";
    }
}
