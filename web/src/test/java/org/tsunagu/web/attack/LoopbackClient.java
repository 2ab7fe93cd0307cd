package org.tsunagu.web.attack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.0 over a plain socket from a chosen loopback address. The server tells clients apart by
 * their address, and Java 17's HTTP client cannot choose its own: on Linux every 127.x.y.z
 * address reaches the loopback interface, so 127.0.0.2 is a second client on the same machine.
 */
final class LoopbackClient {

    static final String FIRST = "127.0.0.1";
    static final String SECOND = "127.0.0.2";
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String localAddress;
    private final int port;

    LoopbackClient(String localAddress, int port) {
        this.localAddress = localAddress;
        this.port = port;
    }

    /** A socket from this client's address to the server, connected. */
    Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(localAddress, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), (int) TIMEOUT.toMillis());
        socket.setSoTimeout((int) TIMEOUT.toMillis());
        return socket;
    }

    Response send(String method, String path, Map<String, String> headers, String body) throws IOException {
        try (Socket socket = connect()) {
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + port + "\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            if (content.length > 0) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return Response.read(socket.getInputStream());
        }
    }

    Response get(String path, Map<String, String> headers) throws IOException {
        return send("GET", path, headers, "");
    }

    /** A response: status, headers by lower-case name, body. */
    record Response(int status, Map<String, List<String>> headers, String body) {

        static Response read(InputStream in) throws IOException {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, end < 0 ? "" : text.substring(end + 4));
        }

        Optional<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
        }

        /** The session cookie's "JSESSIONID=..." pair, if the response set one. */
        Optional<String> sessionCookie() {
            return headers.getOrDefault("set-cookie", List.of()).stream().filter(c -> c.startsWith("JSESSIONID="))
                    .map(c -> c.split(";")[0]).findFirst();
        }
    }
}
