package io.hybriddal.store.etcd;

import io.etcd.jetcd.common.exception.ClosedClientException;
import io.etcd.jetcd.common.exception.EtcdException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.hybriddal.dal.StoreException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Waits for jetcd futures with a bound and turns their failures into {@link StoreException}s
 * that name the operation, the key and the endpoints. jetcd futures may never complete (an
 * unreachable cluster with waitForReady, a stuck stream), so nothing here waits without a timeout.
 * Thread-safe.
 */
final class EtcdCalls {

    private static final String CREDENTIALS_HINT =
            " (the cluster requires authentication: check user and password in the store URI)";
    private static final String PERMISSION_HINT = " (permission denied: the user authenticated, but its roles do not"
            + " grant this operation on these keys; grant readwrite on the namespace prefix with etcdctl role grant-permission)";

    private final Duration timeout;
    private final String endpoints;

    EtcdCalls(Duration timeout, String endpoints) {
        this.timeout = timeout;
        this.endpoints = endpoints;
    }

    /**
     * The value of {@code future}, or a {@link StoreException}.
     *
     * @param what      the operation and its key, for the message ("get [k]")
     * @param mayHaveApplied whether a timeout or lost connection leaves the outcome unknown (writes)
     */
    <T> T await(CompletableFuture<T> future, String what, boolean mayHaveApplied) {
        return await(future, () -> what, mayHaveApplied);
    }

    /** As {@link #await(CompletableFuture, String, boolean)}, describing the operation only when it fails. */
    <T> T await(CompletableFuture<T> future, Supplier<String> what, boolean mayHaveApplied) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            throw unfinished(future, what.get(), mayHaveApplied, e);
        } catch (ExecutionException e) {
            throw translate(what.get(), e.getCause() == null ? e : e.getCause(), mayHaveApplied);
        }
    }

    /** Cancels {@code future}, which timed out or whose waiter was interrupted, and says so. */
    private StoreException unfinished(CompletableFuture<?> future, String what, boolean mayHaveApplied, Exception e) {
        future.cancel(true);
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new StoreException("etcd " + what + " on " + endpoints + " was interrupted" + unknownOutcome(mayHaveApplied), e);
        }
        return new StoreException("etcd " + what + " on " + endpoints + " timed out after " + timeout.toMillis()
                + " ms" + unknownOutcome(mayHaveApplied), e);
    }

    /**
     * The value of a read, sent again once when the first attempt fails on a connection (the
     * member it went to died or closed the channel: UNAVAILABLE, or UNKNOWN "channel closed"),
     * so a read survives the loss of one member as writes do. A read is idempotent; a timeout
     * is not retried (it would double the wait), nor is any other failure.
     *
     * @param read  sends the read (called once or twice)
     * @param op    the operation, for the message ("get")
     * @param key   the key the read names, or null; formatted into the message only on failure
     */
    <T> T read(Supplier<CompletableFuture<T>> read, String op, String key) {
        CompletableFuture<T> first = read.get();
        try {
            return first.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Status.Code code = codeOf(e.getCause());
            if (code != Status.Code.UNAVAILABLE && code != Status.Code.UNKNOWN) {
                throw translate(what(op, key), e.getCause() == null ? e : e.getCause(), false);
            }
        } catch (TimeoutException | InterruptedException e) {
            throw unfinished(first, what(op, key), false, e);
        }
        return await(read.get(), what(op, key) + " (sent again after a lost connection)", false);
    }

    private static String what(String op, String key) {
        return key == null ? op : op + " [" + key + "]";
    }

    /** A {@link StoreException} for {@code error} raised by {@code what}. */
    StoreException translate(String what, Throwable error, boolean mayHaveApplied) {
        Status.Code code = codeOf(error);
        String hint = switch (code) {
            case UNAVAILABLE -> " (no member reachable" + unknownOutcome(mayHaveApplied) + ")";
            case DEADLINE_EXCEEDED -> " (deadline exceeded" + unknownOutcome(mayHaveApplied) + ")";
            case UNAUTHENTICATED -> CREDENTIALS_HINT;
            case PERMISSION_DENIED -> PERMISSION_HINT;
            case RESOURCE_EXHAUSTED -> " (request or database too large: see --max-request-bytes and --quota-backend-bytes)";
            default -> isAuthMessage(error) ? CREDENTIALS_HINT : "";
        };
        return new StoreException("etcd " + what + " on " + endpoints + " failed: " + describe(error) + hint, error);
    }

    /** The gRPC status code behind a jetcd failure, UNKNOWN when there is none. */
    static Status.Code codeOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof StatusRuntimeException s) {
                return s.getStatus().getCode();
            }
            if (t instanceof ClosedClientException) {
                return Status.Code.CANCELLED;
            }
            if (t instanceof EtcdException e) {
                return Status.Code.valueOf(e.getErrorCode().name());
            }
        }
        return Status.Code.UNKNOWN;
    }

    /** etcd reports a missing user or a wrong password as INVALID_ARGUMENT, so the text decides. */
    private static boolean isAuthMessage(Throwable error) {
        String message = String.valueOf(error.getMessage());
        return message.contains("user name is empty") || message.contains("authentication failed")
                || message.contains("invalid auth token");
    }

    /**
     * The distinct messages along the cause chain: jetcd wraps the server's reason (e.g.
     * "authentication failed, invalid user ID or password") under a bare status name.
     */
    private static String describe(Throwable error) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t = error; t != null && messages.size() < 4; t = t.getCause()) {
            String message = t instanceof StatusRuntimeException s && s.getStatus().getDescription() != null
                    ? s.getStatus().getCode() + ": " + s.getStatus().getDescription()
                    : t.getMessage();
            if (message != null && !message.isBlank() && messages.stream().noneMatch(m -> m.contains(message))) {
                messages.add(message);
            }
        }
        return messages.isEmpty() ? error.getClass().getSimpleName() : String.join(" / ", messages);
    }

    private static String unknownOutcome(boolean mayHaveApplied) {
        return mayHaveApplied ? "; the commit may or may not have been applied" : "";
    }
}
