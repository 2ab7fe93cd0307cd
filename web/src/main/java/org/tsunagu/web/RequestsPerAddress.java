package org.tsunagu.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * At most a few requests of one client address hold a thread at once. The next ones wait their
 * turn without a thread (Jetty suspends them and dispatches them again when a turn frees up), and
 * past a queue of waiting ones the address is told to come back later, before its body is read.
 * Jetty's own {@code ThreadLimitHandler} does the same in principle but registers a listener on
 * the started servlet context for every request, which Jetty 11 refuses.
 */
final class RequestsPerAddress extends HandlerWrapper {

    private static final String TURN = RequestsPerAddress.class.getName() + ".turn";
    private static final int RETRY_AFTER_SECONDS = 5;

    /** The requests of one address: how many hold a thread, and the waiting ones, each resumed by its runnable. */
    private static final class Address {
        int running;
        final Deque<Runnable> waiting = new ArrayDeque<>();
    }

    private final int running;
    private final int waiting;
    private final Map<String, Address> addresses = new HashMap<>();

    RequestsPerAddress(int running, int waiting) {
        this.running = running;
        this.waiting = waiting;
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String address = request.getRemoteAddr();
        if (baseRequest.getAttribute(TURN) == null) {
            Turn turn = take(address, () -> suspend(baseRequest));
            if (turn == Turn.REFUSED) {
                refuse(baseRequest, response);
            }
            if (turn != Turn.NOW) {
                return;
            }
        }
        baseRequest.removeAttribute(TURN);
        try {
            super.handle(target, baseRequest, request, response);
        } finally {
            pass(address);
        }
    }

    private enum Turn {
        NOW,
        WAITING,
        REFUSED
    }

    /** Suspends the request until its turn comes, marked as holding the turn when it is dispatched again. */
    private static Runnable suspend(Request baseRequest) {
        baseRequest.setAttribute(TURN, Boolean.TRUE);
        AsyncContext suspended = baseRequest.startAsync();
        suspended.setTimeout(0);
        return suspended::dispatch;
    }

    /** Suspends inside the lock, so that no turn is passed to a request before it is suspended. */
    private synchronized Turn take(String address, Supplier<Runnable> suspend) {
        Address requests = addresses.computeIfAbsent(address, any -> new Address());
        if (requests.running < running) {
            requests.running++;
            return Turn.NOW;
        }
        if (requests.waiting.size() < waiting) {
            requests.waiting.addLast(suspend.get());
            return Turn.WAITING;
        }
        return Turn.REFUSED;
    }

    /** Gives the finished request's turn to the first waiting one, if any. */
    private void pass(String address) {
        Runnable next;
        synchronized (this) {
            Address requests = addresses.get(address);
            next = requests.waiting.pollFirst();
            if (next == null && --requests.running == 0) {
                addresses.remove(address);
            }
        }
        if (next != null) {
            next.run();
        }
    }

    private static void refuse(Request baseRequest, HttpServletResponse response) throws IOException {
        baseRequest.setHandled(true);
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write("Too many requests from your address at once: try again in a few seconds."
                .getBytes(StandardCharsets.UTF_8));
    }
}
