package org.qconsole.template.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which sections or items are at another place in the newer version. */
final class Moves {

    private Moves() {
    }

    /**
     * The keys found in both versions at another place: under another parent, or out of order among the
     * siblings that are under the same parent in both versions. Of siblings that were reordered, those
     * outside a longest common subsequence count as moved, so that moving one question up reports that
     * question only, not every question it jumped over.
     */
    static Set<String> moved(Map<String, Placed> older, Map<String, Placed> newer) {
        Set<String> moved = new HashSet<>();
        Map<String, List<String>> olderSiblings = new HashMap<>();
        Map<String, List<String>> newerSiblings = new HashMap<>();
        older.forEach((key, was) -> {
            Placed now = newer.get(key);
            if (now == null || !now.sameKindAs(was.node())) {
                return;
            }
            if (now.parent().equals(was.parent())) {
                olderSiblings.computeIfAbsent(was.parent(), p -> new ArrayList<>()).add(key);
            } else {
                moved.add(key);
            }
        });
        newer.forEach((key, now) -> {
            Placed was = older.get(key);
            if (was != null && now.sameKindAs(was.node()) && now.parent().equals(was.parent())) {
                newerSiblings.computeIfAbsent(now.parent(), p -> new ArrayList<>()).add(key);
            }
        });
        olderSiblings.forEach((parent, keys) -> moved.addAll(outOfOrder(keys, newerSiblings.get(parent))));
        return moved;
    }

    /** The elements of {@code a} outside a longest common subsequence of {@code a} and {@code b}. */
    static Collection<String> outOfOrder(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Set<String> inOrder = new HashSet<>();
        for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
            if (a.get(i).equals(b.get(j))) {
                inOrder.add(a.get(i));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return a.stream().filter(key -> !inOrder.contains(key)).toList();
    }
}
