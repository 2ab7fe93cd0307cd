package org.tsunagu.web.account;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tsunagu.web.RunningServer;

/**
 * An HTTP client that behaves like a browser session: keeps its cookies, remembers the CSRF token of the last page that had
 * one, signs in through the form, and sends forms and htmx requests the way a browser would.
 */
public final class SessionClient {

    private static final Pattern CSRF = Pattern.compile("(?:name=\"csrf\" value|data-csrf)=\"([^\"]+)\"");

    private final RunningServer server;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    private String csrf = "";

    public SessionClient(RunningServer server) {
        this.server = server;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(server.uri(path)));
    }

    /** Opens the sign-in form and fills it in. */
    public HttpResponse<String> signIn(String name, String password) throws IOException, InterruptedException {
        get("/login");
        return post("/login", Map.of("name", name, "password", password));
    }

    /** Submits a form with the CSRF token of the last page, as the page's own forms do. */
    public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("csrf", csrf);
        return postWithoutToken(path, form);
    }

    /** Submits a form as another site would make a browser submit it: the cookies go along, the token does not. */
    public HttpResponse<String> postWithoutToken(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** An htmx request: the token goes in the header, as the queue's script sends it. */
    public HttpResponse<String> htmx(String method, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(server.uri(path))
                .header("HX-Request", "true")
                .header("X-CSRF-Token", csrf)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, fields.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** The session cookie's value, or "" before there is a session. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    public String csrf() {
        return csrf;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
