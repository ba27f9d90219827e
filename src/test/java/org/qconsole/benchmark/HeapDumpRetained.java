package org.qconsole.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the objects of given classes keep alive in a heap dump ({@code jmap -dump:live,format=b,file=...}):
 * the objects that would become unreachable from the GC roots if every instance of the class were gone
 * (the retained set, as heap analysers define it), in total and per session, with the classes that make
 * it up. No heap analyser is available here, so this reads the HPROF format itself; sizes are estimated
 * as HotSpot lays objects out with compressed references (12-byte header, 4-byte references, 8-byte
 * alignment). Referents of {@code java.lang.ref.Reference} do not count as references.
 *
 * <p>{@code --components} instead of a class divides Vaadin's state tree by component class: each state
 * node, with its component, claims what it reaches without passing another node, component, UI or session
 * and what nothing outside Vaadin reaches (the objects shared by all sessions).
 *
 * <p>{@code java -Xmx2g -cp ... org.qconsole.benchmark.HeapDumpRetained dump.hprof <sessions>
 * com.vaadin.flow.component.UI org.qconsole.answer.ui.QuestionnaireForm ...}
 */
public final class HeapDumpRetained {

    private static final String STATE_NODE = "com.vaadin.flow.internal.StateNode";

    private final HeapGraph graph;

    private HeapDumpRetained(HeapGraph graph) {
        this.graph = graph;
    }

    public static void main(String[] args) throws IOException {
        int sessions = Integer.parseInt(args[1]);
        HeapDumpRetained heap = new HeapDumpRetained(HeapDumpReader.read(Path.of(args[0])));
        for (String className : Arrays.asList(args).subList(2, args.length)) {
            if ("--components".equals(className)) {
                heap.components(sessions);
            } else {
                heap.report(className, sessions);
            }
        }
    }

    private void report(String className, int sessions) {
        boolean[] target = new boolean[graph.size()];
        int instances = 0;
        for (int i = 0; i < graph.size(); i++) {
            if (className.equals(graph.className(i))) {
                target[i] = true;
                instances++;
            }
        }
        boolean[] live = graph.reachable(graph.roots(), target);
        boolean[] retained = graph.reachable(target, live);
        Map<String, long[]> byClass = new HashMap<>();
        long total = 0;
        for (int i = 0; i < graph.size(); i++) {
            if (retained[i]) {
                total += graph.size(i);
                long[] sum = byClass.computeIfAbsent(graph.className(i), k -> new long[2]);
                sum[0]++;
                sum[1] += graph.size(i);
            }
        }
        System.out.printf("%s: %d instances retain %d KB, %d KB per session%n", className, instances, total / 1024,
                total / 1024 / sessions);
        List<Map.Entry<String, long[]>> top = new ArrayList<>(byClass.entrySet());
        top.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        top.stream().limit(12).forEach(e -> System.out.printf("    %8d B %8.1f objects per session  %s%n",
                e.getValue()[1] / sessions, (double) e.getValue()[0] / sessions, e.getKey()));
    }

    private void components(int sessions) {
        int n = graph.size();
        String[] componentOf = new String[n];
        boolean[] blocked = new boolean[n];
        int[] componentNode = new int[n];
        Arrays.fill(componentNode, -1);
        for (int i = 0; i < n; i++) {
            String name = graph.className(i);
            blocked[i] = name.equals(STATE_NODE) || name.equals("com.vaadin.flow.internal.StateTree")
                    || name.equals("com.vaadin.flow.component.UI") || name.endsWith("VaadinSession");
            if (name.equals("com.vaadin.flow.internal.nodefeature.ComponentMapping")) {
                int owner = -1;
                int component = -1;
                for (int target : graph.references(i)) {
                    if (target >= 0 && graph.className(target).equals(STATE_NODE)) {
                        owner = target;
                    } else if (target >= 0) {
                        component = target;
                    }
                }
                if (owner >= 0 && component >= 0) {
                    componentOf[owner] = graph.className(component);
                    componentNode[owner] = component;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (componentNode[i] >= 0) {
                blocked[componentNode[i]] = true;
            }
        }
        boolean[] claimed = graph.reachable(graph.roots(), blocked);
        Map<String, long[]> byComponent = new HashMap<>();
        long total = 0;
        for (int i = 0; i < n; i++) {
            if (graph.className(i).equals(STATE_NODE)) {
                long bytes = graph.claim(i, blocked, claimed)
                        + (componentNode[i] >= 0 ? graph.claim(componentNode[i], blocked, claimed) : 0);
                long[] sum = byComponent.computeIfAbsent(componentOf[i] == null ? "(state node of no component)"
                        : componentOf[i], k -> new long[2]);
                sum[0]++;
                sum[1] += bytes;
                total += bytes;
            }
        }
        System.out.printf("Vaadin state nodes and their components: %d KB per session%n", total / 1024 / sessions);
        List<Map.Entry<String, long[]>> top = new ArrayList<>(byComponent.entrySet());
        top.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        top.stream().limit(30).forEach(e -> System.out.printf("    %8d B %8.1f per session  %s%n",
                e.getValue()[1] / sessions, (double) e.getValue()[0] / sessions, e.getKey()));
    }
}
