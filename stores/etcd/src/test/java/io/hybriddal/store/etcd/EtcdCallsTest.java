package io.hybriddal.store.etcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.hybriddal.dal.StoreException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A read whose connection was lost is sent once more; nothing else is. */
class EtcdCallsTest {

    private final EtcdCalls calls = new EtcdCalls(Duration.ofSeconds(5), "[127.0.0.1:2379]");

    /** Answers each attempt with the next outcome: a value, or a gRPC status to fail with. */
    private static final class Attempts {
        private final Deque<Object> outcomes;
        int sent;

        Attempts(Object... outcomes) {
            this.outcomes = new ArrayDeque<>(List.of(outcomes));
        }

        CompletableFuture<String> send() {
            sent++;
            Object next = outcomes.removeFirst();
            return next instanceof Status status ? CompletableFuture.failedFuture(status.asRuntimeException())
                    : CompletableFuture.completedFuture((String) next);
        }
    }

    @Test
    void read_sendsAgainOnce_whenTheMemberItWentToWasLost() {
        Attempts unavailable = new Attempts(Status.UNAVAILABLE, "value");
        assertThat(calls.read(unavailable::send, "get", "k")).isEqualTo("value");
        assertThat(unavailable.sent).isEqualTo(2);

        Attempts channelClosed = new Attempts(Status.UNKNOWN.withDescription("channel closed"), "value");
        assertThat(calls.read(channelClosed::send, "get", "k")).isEqualTo("value");
        assertThat(channelClosed.sent).isEqualTo(2);
    }

    @Test
    void read_sendsNoMoreThanTwice_andNamesTheKeyAndTheSecondAttempt() {
        Attempts lost = new Attempts(Status.UNAVAILABLE, Status.UNAVAILABLE, "never");
        assertThatThrownBy(() -> calls.read(lost::send, "get", "k"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("get [k] (sent again after a lost connection)")
                .hasMessageContaining("no member reachable");
        assertThat(lost.sent).isEqualTo(2);
    }

    @Test
    void read_isNotSentAgain_whenTheMemberRefusedIt() {
        Attempts denied = new Attempts(Status.PERMISSION_DENIED, "never");
        assertThatThrownBy(() -> calls.read(denied::send, "get", "k"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("get [k]")
                .hasMessageContaining("permission denied");
        assertThat(denied.sent).isEqualTo(1);
    }
}
