package io.hybriddal.dal;

/**
 * A breadth-first walk of the object graph from one object, made by {@link Dal#traverse(DataObject)}:
 * name the members to follow, bound it, then {@link #run()} it.
 * <pre>{@code
 * Graph g = dal.traverse(router).follow("storagedrivers", "vpool", "vdisks").depth(3).run();
 * }</pre>
 *
 * <p>At every node, each followed name that is a relation of the node's hybrid leads to the
 * relation's target, and each that is a backref of the node's hybrid (declared with a
 * {@link Backref} getter or not) leads to the children listed by it; a name the node's hybrid
 * lacks is skipped there. Reads are batched per level: the relation targets come from the loaded
 * documents, the children of a backref from one reverse-index read per node and backref, and the
 * objects newly found at one depth are loaded with one multi-get per hybrid and page of guids
 * (pages as in {@link DataList}), never one read per object. A link to an object
 * that no longer exists is skipped. Reads see the calling thread's transaction, like every read.
 *
 * <p>Not thread-safe: configure and run it on one thread. It may be run again (each run reads
 * the store afresh).
 */
public interface Traversal {

    /**
     * Adds relations and backrefs to follow (of any hybrid). Nothing is followed until some are named.
     *
     * @throws IllegalArgumentException naming them when some name is neither a relation nor a
     *                                  backref of any registered hybrid; nothing is added then
     * @throws NullPointerException     if {@code members} or one of them is null
     */
    Traversal follow(String... members);

    /**
     * How many hops from the start to walk (default 1); 0 yields the start alone.
     *
     * @throws IllegalArgumentException if {@code depth} is negative
     */
    Traversal depth(int depth);

    /**
     * The most nodes the graph holds, the start included (default: no limit). The first ones in
     * breadth-first order are kept, and {@link Graph#truncated()} tells when the limit stopped the walk.
     *
     * @throws IllegalArgumentException if {@code maxNodes} is below 1
     */
    Traversal maxNodes(int maxNodes);

    /**
     * The most children a backref may list at one node and still be walked (default: no limit).
     * A backref listing more is not walked there: its children are not loaded, and it is reported
     * in {@link Graph#collapsed()} with their count.
     *
     * @throws IllegalArgumentException if {@code children} is negative
     */
    Traversal maxFanOut(int children);

    /**
     * Walks and returns the graph.
     *
     * @throws IllegalStateException if the Dal is closed
     * @throws StoreException        if the store fails
     */
    Graph run();
}
