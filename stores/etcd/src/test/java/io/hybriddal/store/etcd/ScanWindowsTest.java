package io.hybriddal.store.etcd;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.KV;
import io.etcd.jetcd.api.RangeResponse;
import io.etcd.jetcd.api.ResponseHeader;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.options.GetOption;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.ScanPage;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Paging a prefix by windows: every key comes once and in order whatever the limit, and a full
 * scan walks a fraction of the keys that paging without windows walks. The fake server answers
 * ranges as etcd 3.4 does and counts the keys each request walks (all of its range).
 */
class ScanWindowsTest {

    private static final byte[] UNBOUNDED = {0};

    private final KeyCodec codec = new KeyCodec("ns");

    @Test
    void end_coversTheKeysSharingTheStartsNextBytes() {
        byte[] start = bytes("ns/o/vdisk/3f9a-guid");
        int prefix = "ns/o/vdisk/".length();

        assertThat(text(ScanWindows.end(start, prefix, 2, bytes("ns/o/vdisk0")))).isEqualTo("ns/o/vdisk/3g");
        assertThat(text(ScanWindows.end(start, prefix, 1, bytes("ns/o/vdisk0")))).isEqualTo("ns/o/vdisk/4");
        assertThat(text(ScanWindows.end(start, prefix, 1, UNBOUNDED))).as("unbounded range").isEqualTo("ns/o/vdisk/4");
    }

    @Test
    void end_carriesPastFfBytes_andIsNull_whenTheStartIsTooShortOrTheWindowReachesTheRangesEnd() {
        int prefix = "ns/o/".length();

        assertThat(ScanWindows.end(new byte[] {'a', (byte) 0xff, (byte) 0xff}, 1, 2, UNBOUNDED)).as("carried").containsExactly('b');
        assertThat(ScanWindows.end(bytes("ns/o/"), prefix, 1, bytes("ns/o0"))).as("the prefix itself").isNull();
        assertThat(ScanWindows.end(new byte[] {(byte) 0xff, (byte) 0xff}, 0, 2, UNBOUNDED)).as("only 0xff").isNull();
        assertThat(ScanWindows.end(bytes("ns/o/z"), prefix, 1, bytes("ns/o/z"))).as("past the range").isNull();
    }

    @Test
    void ends_narrowestFirst_thenTheNextOneByteWindow_thenTheRangesEnd() {
        byte[] start = bytes("ns/o/3f9a-guid");
        byte[] rangeEnd = bytes("ns/o0");

        assertThat(texts(ScanWindows.ends(start, "ns/o/".length(), rangeEnd))).containsExactly("ns/o/3g", "ns/o/4", "ns/o/5", "ns/o0");
        assertThat(texts(ScanWindows.ends(bytes("ns/o/z"), "ns/o/".length(), rangeEnd))).as("too short for two bytes")
                .containsExactly("ns/o/{", "ns/o/|", "ns/o0");
        assertThat(texts(ScanWindows.ends(bytes("ns/o/"), "ns/o/".length(), rangeEnd))).as("no window").containsExactly("ns/o0");
    }

    @Test
    void scan_returnsEveryKeyOnceInOrder_forAnyLimit() {
        List<String> keys = randomGuids("o/vdisk/", 600, 7);
        // the prefix itself, one byte after it, 2-, 3- and 4-byte UTF-8 (0xc3, 0xef 0xbf 0xbf, 0xf0), and neighbours outside
        keys.addAll(List.of("o/vdisk/", "o/vdisk/a", "o/vdisk/é-accented", "o/vdisk/\uffff\uffff", "o/vdisk/\ud83d\ude00", "o/vdisk/zz",
                "o/vdisk0", "o/vdisj/z"));
        Server server = new Server(codec, keys);

        List<String> expected = server.keysUnder("o/vdisk/");
        for (int limit : new int[] {1, 2, 7, 64, 500, 10_000}) {
            assertThat(scanAll(server, "o/vdisk/", limit)).as("limit %d", limit).containsExactlyElementsOf(expected);
        }
        assertThat(scanAll(server, "", 50)).as("the whole namespace").containsExactlyElementsOf(server.keysUnder(""));
    }

    @Test
    void scan_ofTheWholeKeyspace_pagesUpToItsUnboundedEnd() {
        KeyCodec whole = new KeyCodec("");
        List<String> keys = randomGuids("", 300, 5);
        keys.addAll(List.of("a", "b/1", "\u0001x", "\uffff"));
        Server server = new Server(whole, keys);

        assertThat(scanAll(server, whole, "", 9)).containsExactlyElementsOf(server.keysUnder(""));
    }

    @Test
    void scan_ofManyRandomGuids_walksAFractionOfWhatUnwindowedPagesWalk() {
        List<String> keys = randomGuids("o/vdisk/", 100_000, 11);
        Server server = new Server(codec, keys);

        List<String> scanned = scanAll(server, "o/vdisk/", 500);

        assertThat(scanned).hasSize(100_000);
        long unwindowed = 0; // each page's request from its first key to the prefix's end
        for (int page = 0; page < scanned.size(); page += 500) {
            unwindowed += scanned.size() - page;
        }
        System.out.printf("full scan of 100,000 keys by 500: %,d keys walked in %d requests (without windows: %,d in %d)%n",
                server.walked, server.requests, unwindowed, scanned.size() / 500);
        assertThat(server.walked).isLessThan(unwindowed / 4);
        assertThat(server.requests).as("at most one request per window a page touches").isLessThanOrEqualTo((ScanWindows.DEPTH + 1) * scanned.size() / 500);
    }

    private List<String> scanAll(Server server, String prefix, int limit) {
        return scanAll(server, codec, prefix, limit);
    }

    private static List<String> scanAll(Server server, KeyCodec codec, String prefix, int limit) {
        EtcdReads reads = new EtcdReads(server.kv(), codec, new EtcdCalls(Duration.ofSeconds(5), "[fake]"), 128, new NewestRevision());
        List<String> seen = new ArrayList<>();
        String after = null;
        ScanPage page;
        do {
            page = reads.scan(prefix, after, limit);
            assertThat(page.entries().size()).isLessThanOrEqualTo(limit);
            page.entries().forEach(kv -> seen.add(kv.key()));
            after = page.lastKey();
        } while (page.more() && after != null);
        return seen;
    }

    /** {@code count} keys of {@code prefix} and a random guid, the same for the same {@code seed}. */
    private static List<String> randomGuids(String prefix, int count, long seed) {
        Random random = new Random(seed);
        List<String> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(prefix + new UUID(random.nextLong(), random.nextLong()));
        }
        return keys;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(byte[][] ends) {
        return Arrays.stream(ends).map(ScanWindowsTest::text).toList();
    }

    private static String text(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /** etcd 3.4's range: the server walks every key in [key, end) to count them, then returns the first {@code limit}. */
    private static final class Server {
        private final KeyCodec codec;
        private final List<byte[]> sorted = new ArrayList<>();
        long walked;
        int requests;

        Server(KeyCodec codec, List<String> keys) {
            this.codec = codec;
            keys.forEach(k -> sorted.add(codec.encode(k).getBytes()));
            sorted.sort(Arrays::compareUnsigned);
        }

        List<String> keysUnder(String prefix) {
            byte[] p = codec.rangeStart(prefix).getBytes();
            return sorted.stream().filter(k -> prefix.isEmpty() || Arrays.equals(k, 0, Math.min(k.length, p.length), p, 0, p.length) && k.length >= p.length)
                    .map(k -> codec.decode(ByteSequence.from(k))).sorted(Comparator.comparing(ScanWindowsTest::bytes, Arrays::compareUnsigned)).toList();
        }

        KV kv() {
            return (KV) Proxy.newProxyInstance(KV.class.getClassLoader(), new Class<?>[] {KV.class}, (proxy, method, args) -> {
                if (!method.getName().equals("get")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                return range(((ByteSequence) args[0]).getBytes(), (GetOption) args[1]);
            });
        }

        private CompletableFuture<GetResponse> range(byte[] from, GetOption option) {
            byte[] end = option.getEndKey().orElseThrow().getBytes();
            int first = position(from);
            int last = Arrays.equals(end, UNBOUNDED) ? sorted.size() : position(end);
            int count = Math.max(0, last - first);
            requests++;
            walked += count;
            RangeResponse.Builder response = RangeResponse.newBuilder().setHeader(ResponseHeader.newBuilder().setRevision(9))
                    .setCount(count).setMore(count > option.getLimit());
            for (int i = first; i < first + Math.min(count, option.getLimit()); i++) {
                response.addKvs(io.etcd.jetcd.api.KeyValue.newBuilder().setKey(ByteString.copyFrom(sorted.get(i)))
                        .setValue(ByteString.copyFromUtf8("v")).setModRevision(2).setCreateRevision(2));
            }
            return CompletableFuture.completedFuture(new GetResponse(response.build(), ByteSequence.EMPTY));
        }

        /** The index of the first key not below {@code key}. */
        private int position(byte[] key) {
            int low = 0;
            int high = sorted.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (Arrays.compareUnsigned(sorted.get(mid), key) < 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
