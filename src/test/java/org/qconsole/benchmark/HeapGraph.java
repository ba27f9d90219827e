package org.qconsole.benchmark;

import java.util.Arrays;

/**
 * A heap dump's objects as a graph: node {@code i} has {@code sizes[i]} bytes, is of class
 * {@code names[classOf[i]]} and references the nodes {@code edges[edgeStart[i]..edgeStart[i + 1])}.
 */
record HeapGraph(String[] names, int[] classOf, int[] sizes, int[] edgeStart, int[] edges, boolean[] roots) {

    int size() {
        return classOf.length;
    }

    int size(int node) {
        return sizes[node];
    }

    String className(int node) {
        return names[classOf[node]];
    }

    /** The nodes reachable from {@code from} without entering {@code blocked} nodes. */
    boolean[] reachable(boolean[] from, boolean[] blocked) {
        boolean[] seen = new boolean[size()];
        int[] stack = new int[size()];
        int top = 0;
        for (int i = 0; i < size(); i++) {
            if (from[i] && !blocked[i]) {
                seen[i] = true;
                stack[top++] = i;
            }
        }
        while (top > 0) {
            int node = stack[--top];
            for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
                int next = edges[e];
                if (next >= 0 && !seen[next] && !blocked[next]) {
                    seen[next] = true;
                    stack[top++] = next;
                }
            }
        }
        return seen;
    }

    /**
     * The bytes of the nodes reachable from {@code start} without entering {@code blocked} (other than
     * {@code start} itself) or already {@code claimed} ones, which it then claims.
     */
    long claim(int start, boolean[] blocked, boolean[] claimed) {
        if (claimed[start]) {
            return 0;
        }
        long bytes = 0;
        java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
        claimed[start] = true;
        stack.push(start);
        while (!stack.isEmpty()) {
            int node = stack.pop();
            bytes += sizes[node];
            for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
                int next = edges[e];
                if (next >= 0 && !claimed[next] && !blocked[next]) {
                    claimed[next] = true;
                    stack.push(next);
                }
            }
        }
        return bytes;
    }

    /** The nodes {@code node} references. */
    int[] references(int node) {
        return Arrays.copyOfRange(edges, edgeStart[node], edgeStart[node + 1]);
    }
}
