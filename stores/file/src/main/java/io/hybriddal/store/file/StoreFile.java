package io.hybriddal.store.file;

import io.hybriddal.dal.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.type.LongDataType;
import org.h2.mvstore.type.StringDataType;

/**
 * The MVStore file of a {@link FilePersistentStore}: opens it, holds its two maps and turns
 * MVStore failures into {@link StoreException}s that name the file.
 *
 * <p>Layout: map {@value #DATA_MAP} holds key → {@link StoredEntry}; map {@value #META_MAP}
 * holds the store revision and the layout version. Both change in the same MVStore commit, so
 * the revision on disk always matches the data.
 *
 * <p>Not thread-safe: the store serialises writers and excludes readers with its own lock.
 */
final class StoreFile {

    /** The one file a store keeps in its directory. */
    static final String FILE_NAME = "hybrid-dal.mv";

    static final String DATA_MAP = "kv";
    static final String META_MAP = "meta";
    private static final String REVISION = "revision";
    private static final String LAYOUT = "layout";
    private static final long LAYOUT_1 = 1;

    /** Housekeeping cadence and bounds: at most this many bytes rewritten per compaction. */
    private static final int COMPACT_EVERY = 100;
    private static final int COMPACT_FILL_RATE = 50;
    private static final int COMPACT_WRITE_LIMIT = 1024 * 1024;

    private final Path file;
    private final MVStore mv;
    private final EntryMap entries;
    private final MVMap<String, Long> meta;
    private int commitsSinceCompaction;

    private StoreFile(Path file, MVStore mv, EntryMap entries, MVMap<String, Long> meta) {
        this.file = file;
        this.mv = mv;
        this.entries = entries;
        this.meta = meta;
    }

    /**
     * Opens the store file in {@code directory}. With {@code create} it is created when missing,
     * with the directory if needed; without, a missing file is a {@link StoreException} naming
     * the directory, and nothing is created.
     *
     * @throws StoreException when the store is missing and {@code create} is not set, the
     *                        directory cannot be created, is used by another store (MVStore's file
     *                        lock, also across processes), or the file is corrupt, unreadable or
     *                        not a hybrid-dal store; the message names it
     */
    static StoreFile open(Path directory, boolean create) {
        Path dir = directory.toAbsolutePath().normalize();
        if (!create && !Files.isRegularFile(dir.resolve(FILE_NAME))) {
            throw new StoreException("no file store at [" + dir + "]: " + (Files.isDirectory(dir)
                    ? "the directory holds no " + FILE_NAME : "no such directory") + " (and create=false: nothing was created)");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create file store directory [" + dir + "]: " + e, e);
        }
        Path file = dir.resolve(FILE_NAME);
        MVStore mv;
        try {
            mv = new MVStore.Builder()
                    .fileName(file.toString())
                    // No background writer: it would store whatever half-applied commit the map
                    // holds at that moment. Every store is written by commitDurably() only.
                    .autoCommitDisabled()
                    // 0 also stops MVStore from storing from inside a put once unsaved pages
                    // pass a memory threshold (same hazard, triggered by large commits).
                    .autoCommitBufferSize(0)
                    // Chunk retention stays at H2's default (45 s): below it, open H2 issues report
                    // files that no longer open. The price is file size: about 45 s of commits.
                    .open();
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new StoreException("file store directory [" + dir + "] is in use by another store"
                        + " (another process, or an open store in this one): file [" + file + "] is locked", e);
            }
            throw unreadable(file, e);
        } catch (RuntimeException e) {
            throw unreadable(file, e);
        }
        try {
            MVMap<String, Long> meta = mv.openMap(META_MAP, new MVMap.Builder<String, Long>()
                    .keyType(StringDataType.INSTANCE).valueType(LongDataType.INSTANCE));
            EntryMap data = new EntryMap(mv.openMap(DATA_MAP, new MVMap.Builder<String, StoredEntry>()
                    .keyType(StringDataType.INSTANCE).valueType(StoredEntryType.INSTANCE)));
            checkNoCommittedVersionLost(mv);
            Long layout = meta.get(LAYOUT);
            if (layout == null && !data.isEmpty()) {
                throw new IllegalStateException("it holds data but no layout version");
            }
            if (layout != null && layout != LAYOUT_1) {
                throw new IllegalStateException("unknown layout version " + layout);
            }
            return new StoreFile(file, mv, data, meta);
        } catch (RuntimeException e) {
            mv.closeImmediately();
            throw unreadable(file, e);
        }
    }

    /**
     * MVStore opens at the newest chunk it can read, even when that is far older than the one its
     * header names (damaged chunks: it then silently opens empty). The header is written after the
     * chunk it names, within one commit, so a crash can cost at most that commit, which was never
     * acknowledged; and none after a clean close. Anything older missing is damage, not a crash.
     */
    private static void checkNoCommittedVersionLost(MVStore mv) {
        Map<String, Object> header = mv.getStoreHeader();
        Object named = header.get("version");
        if (named == null) {
            return;   // a new file: no chunk named yet
        }
        long version = named instanceof Number n ? n.longValue() : Long.parseLong(named.toString(), 16);
        boolean clean = header.containsKey("clean");
        long read = mv.getCurrentVersion();
        if (read < (clean ? version : version - 1)) {
            throw new IllegalStateException("its header names version " + version + " but only version " + read
                    + " could be read: data chunks are damaged");
        }
    }

    private static StoreException unreadable(Path file, RuntimeException e) {
        return new StoreException("file store [" + file + "] is corrupt or unreadable: " + e.getMessage(), e);
    }

    Path file() {
        return file;
    }

    /** The live entries: between the store's commits, exactly the last committed state. */
    EntryMap entries() {
        return entries;
    }

    /** The revision of the last commit on disk; 0 for a new store. */
    long revision() {
        Long revision = meta.get(REVISION);
        return revision == null ? 0 : revision;
    }

    /**
     * Makes everything changed in the maps since the last call durable as {@code revision}: one
     * MVStore commit, then an fsync, before returning.
     *
     * <p>Why this is all or nothing across a crash: MVStore is copy-on-write. A commit writes
     * the changed pages of both maps, and the new roots, as one new chunk appended to free space
     * (never over live data), with a checksummed header and footer. On open MVStore takes the
     * newest chunk whose header and footer verify; a chunk torn by a crash fails that check and
     * the store opens at the previous commit, whose chunks are intact. Auto-commit is off (see
     * {@link #open}), so no chunk ever holds part of a store commit.
     */
    void commitDurably(long revision) {
        if (!meta.containsKey(LAYOUT)) {
            meta.put(LAYOUT, LAYOUT_1);
        }
        meta.put(REVISION, revision);
        mv.commit();
        // commit() only writes; force() is what makes the acknowledgement survive power loss.
        mv.sync();
    }

    /**
     * Every {@value #COMPACT_EVERY} commits, moves the live pages out of mostly dead chunks into
     * the coming commit. Without this, a chunk that keeps a single live page stays in the file
     * forever (MVStore's background housekeeping is off with auto-commit), and the file grows
     * with every commit. Rewriting a page changes no content, and it is written by the same
     * MVStore commit as the store commit that follows: atomicity is unaffected.
     */
    void housekeep() {
        if (++commitsSinceCompaction >= COMPACT_EVERY) {
            commitsSinceCompaction = 0;
            mv.compact(COMPACT_FILL_RATE, COMPACT_WRITE_LIMIT);
        }
    }

    /** Drops every change since the last commit (a commit that failed before reaching the disk). */
    void rollback() {
        mv.rollback();
    }

    /** A failure of a read or write on the open file, as a {@link StoreException} naming it. */
    StoreException failure(String what, RuntimeException e) {
        return new StoreException("file store [" + file + "]: " + what + " failed: " + e.getMessage(), e);
    }

    /** Writes anything pending and releases the file and its lock. */
    void close() {
        mv.close();
    }

    /** Releases the file without writing anything (after a failed write). */
    void closeImmediately() {
        mv.closeImmediately();
    }
}
