package org.qconsole.benchmark;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live objects of a JVM by class, from {@code jcmd <pid> GC.class_histogram} (which collects first),
 * and what grew between two of them: tells which types an open session holds.
 */
record HeapHistogram(Map<String, Entry> classes) {

    private static final Pattern LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    record Entry(long instances, long bytes) {
    }

    static HeapHistogram parse(String jcmdOutput) {
        Map<String, Entry> classes = new HashMap<>();
        for (String line : jcmdOutput.lines().toList()) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                classes.merge(m.group(3), new Entry(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))),
                        (a, b) -> new Entry(a.instances() + b.instances(), a.bytes() + b.bytes()));
            }
        }
        return new HeapHistogram(classes);
    }

    /**
     * The {@code top} classes that grew most in bytes from {@code before} to this, per session; the
     * {@code top} components and console classes that grew most in number; and the five classes that
     * shrank most (what was freed in between blurs the total), as lines.
     */
    List<String> growthSince(HeapHistogram before, int sessions, int top) {
        Entry none = new Entry(0, 0);
        long total = classes.values().stream().mapToLong(Entry::bytes).sum()
                - before.classes.values().stream().mapToLong(Entry::bytes).sum();
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format("shallow size of all live objects grew %d KB per session", total / 1024 / sessions));
        var all = new java.util.HashSet<>(classes.keySet());
        all.addAll(before.classes.keySet());
        List<Map.Entry<String, Entry>> growth = all.stream().map(name -> Map.entry(name, new Entry(
                classes.getOrDefault(name, none).instances() - before.classes.getOrDefault(name, none).instances(),
                classes.getOrDefault(name, none).bytes() - before.classes.getOrDefault(name, none).bytes())))
                .sorted(Comparator.comparingLong((Map.Entry<String, Entry> e) -> e.getValue().bytes()).reversed())
                .toList();
        growth.stream().limit(top).forEach(e -> lines.add(line(e, sessions)));
        lines.add("... components and console objects per session (by count):");
        growth.stream().filter(e -> e.getKey().startsWith("com.vaadin.flow.component.")
                        || e.getKey().startsWith("org.qconsole."))
                .sorted(Comparator.comparingLong((Map.Entry<String, Entry> e) -> e.getValue().instances()).reversed())
                .limit(top).forEach(e -> lines.add(line(e, sessions)));
        lines.add("... shrank most:");
        growth.subList(Math.max(top, growth.size() - 5), growth.size()).forEach(e -> lines.add(line(e, sessions)));
        return lines;
    }

    private static String line(Map.Entry<String, Entry> e, int sessions) {
        return String.format("%8d B %8.1f objects per session  %s", e.getValue().bytes() / sessions,
                (double) e.getValue().instances() / sessions, e.getKey());
    }
}
