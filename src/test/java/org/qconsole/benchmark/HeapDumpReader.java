package org.qconsole.benchmark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads an HPROF heap dump (the format {@code jmap} writes) into an object graph: one node per class,
 * instance and array, with estimated shallow sizes, references and GC roots (every class counts as a root,
 * its static fields as its references). Small heaps only: the whole file is read into memory.
 */
final class HeapDumpReader {

    private static final int[] TYPE_SIZE = {0, 0, 4, 0, 1, 2, 4, 8, 1, 2, 4, 8};
    private static final String[] PRIMITIVE_ARRAY = {"", "", "", "", "[Z", "[C", "[F", "[D", "[B", "[S", "[I", "[J"};

    private final ByteBuffer in;
    private final int idSize;
    private final Map<Long, String> strings = new HashMap<>();
    private final Map<Long, Long> classNameIds = new HashMap<>();
    private final Map<Long, ClassInfo> classes = new HashMap<>();
    private final Map<String, Integer> classNameIndex = new HashMap<>();
    private final java.util.List<String> classNames = new java.util.ArrayList<>();

    private long[] ids = new long[1 << 20];
    private int[] classOf = new int[1 << 20];
    private int[] sizes = new int[1 << 20];
    private int[] edgeStart = new int[1 << 20];
    private long[] edges = new long[1 << 22];
    private int edgeCount;
    private int nodes;
    private long[] rootIds = new long[1 << 16];
    private int rootCount;

    private record ClassInfo(long superId, String name, long[] fieldNames, byte[] fieldTypes, long[] staticRefs) {
    }

    private HeapDumpReader(ByteBuffer in) {
        this.in = in;
        while (in.get() != 0) {
            // the format's name and version, NUL-terminated
        }
        idSize = in.getInt();
        in.getLong();
    }

    static HeapGraph read(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
        HeapDumpReader reader = new HeapDumpReader(bytes);
        int start = bytes.position();
        reader.records(true);
        bytes.position(start);
        reader.records(false);
        return reader.graph();
    }

    /** Walks the records: classes in the first pass, instances and arrays in the second. */
    private void records(boolean classPass) {
        while (in.hasRemaining()) {
            int tag = in.get() & 0xff;
            in.getInt();
            long length = in.getInt() & 0xffffffffL;
            int end = (int) (in.position() + length);
            if (tag == 0x01 && classPass) {
                long id = id();
                byte[] text = new byte[end - in.position()];
                in.get(text);
                strings.put(id, new String(text, java.nio.charset.StandardCharsets.UTF_8));
            } else if (tag == 0x02 && classPass) {
                in.getInt();
                long classId = id();
                in.getInt();
                classNameIds.put(classId, id());
            } else if (tag == 0x0C || tag == 0x1C) {
                while (in.position() < end) {
                    subRecord(classPass);
                }
            }
            in.position(end);
        }
    }

    private void subRecord(boolean classPass) {
        int tag = in.get() & 0xff;
        switch (tag) {
            case 0xFF, 0x05, 0x07 -> root(id(), 0);
            case 0x01 -> root(id(), idSize);
            case 0x02, 0x03, 0x08 -> root(id(), 8);
            case 0x04, 0x06 -> root(id(), 4);
            case 0x20 -> classDump(classPass);
            case 0x21 -> instance(classPass);
            case 0x22 -> objectArray(classPass);
            case 0x23 -> primitiveArray(classPass);
            default -> throw new IllegalStateException("Unknown heap dump record " + tag + " at " + in.position());
        }
    }

    private void root(long id, int skip) {
        if (rootCount == rootIds.length) {
            rootIds = Arrays.copyOf(rootIds, rootCount * 2);
        }
        rootIds[rootCount++] = id;
        in.position(in.position() + skip);
    }

    private void classDump(boolean classPass) {
        long id = id();
        in.getInt();
        long superId = id();
        in.position(in.position() + 5 * idSize + 4);
        int constants = in.getShort() & 0xffff;
        for (int i = 0; i < constants; i++) {
            in.getShort();
            skipValue(in.get());
        }
        int statics = in.getShort() & 0xffff;
        long[] staticRefs = new long[statics];
        for (int i = 0; i < statics; i++) {
            id();
            int type = in.get();
            if (type == 2) {
                staticRefs[i] = id();
            } else {
                skipValue(type);
            }
        }
        int fields = in.getShort() & 0xffff;
        long[] names = new long[fields];
        byte[] types = new byte[fields];
        for (int i = 0; i < fields; i++) {
            names[i] = id();
            types[i] = in.get();
        }
        String name = strings.getOrDefault(classNameIds.get(id), "?").replace('/', '.');
        if (classPass) {
            classes.put(id, new ClassInfo(superId, name, names, types, staticRefs));
        } else {
            node(id, "java.lang.Class", 0);
            for (long ref : staticRefs) {
                edge(ref);
            }
        }
    }

    private void instance(boolean classPass) {
        long id = id();
        in.getInt();
        long classId = id();
        int length = in.getInt();
        if (classPass) {
            in.position(in.position() + length);
            return;
        }
        int end = in.position() + length;
        ClassInfo type = classes.get(classId);
        int size = 12;
        for (ClassInfo c = type; c != null; c = classes.get(c.superId())) {
            for (byte t : c.fieldTypes()) {
                size += t == 2 ? 4 : TYPE_SIZE[t];
            }
        }
        node(id, type.name(), align(size));
        for (ClassInfo c = type; c != null; c = classes.get(c.superId())) {
            boolean reference = "java.lang.ref.Reference".equals(c.name());
            for (int f = 0; f < c.fieldTypes().length; f++) {
                if (c.fieldTypes()[f] == 2) {
                    long target = id();
                    if (!(reference && "referent".equals(strings.get(c.fieldNames()[f])))) {
                        edge(target);
                    }
                } else {
                    skipValue(c.fieldTypes()[f]);
                }
            }
        }
        in.position(end);
    }

    private void objectArray(boolean classPass) {
        long id = id();
        in.getInt();
        int length = in.getInt();
        long classId = id();
        if (classPass) {
            in.position(in.position() + length * idSize);
            return;
        }
        node(id, strings.getOrDefault(classNameIds.get(classId), "[?").replace('/', '.'), align(16 + 4L * length));
        for (int i = 0; i < length; i++) {
            edge(id());
        }
    }

    private void primitiveArray(boolean classPass) {
        long id = id();
        in.getInt();
        int length = in.getInt();
        int type = in.get();
        in.position(in.position() + length * TYPE_SIZE[type]);
        if (!classPass) {
            node(id, PRIMITIVE_ARRAY[type], align(16 + (long) length * TYPE_SIZE[type]));
        }
    }

    private void node(long id, String className, int size) {
        if (nodes + 1 >= ids.length) {
            int grown = ids.length * 2;
            ids = Arrays.copyOf(ids, grown);
            classOf = Arrays.copyOf(classOf, grown);
            sizes = Arrays.copyOf(sizes, grown);
            edgeStart = Arrays.copyOf(edgeStart, grown);
        }
        ids[nodes] = id;
        classOf[nodes] = classNameIndex.computeIfAbsent(className, n -> {
            classNames.add(n);
            return classNames.size() - 1;
        });
        sizes[nodes] = size;
        edgeStart[nodes] = edgeCount;
        nodes++;
        edgeStart[nodes] = edgeCount;
    }

    private void edge(long target) {
        if (target == 0) {
            return;
        }
        if (edgeCount == edges.length) {
            edges = Arrays.copyOf(edges, edgeCount * 2);
        }
        edges[edgeCount++] = target;
        edgeStart[nodes] = edgeCount;
    }

    private HeapGraph graph() {
        Map<Long, Integer> index = new HashMap<>(nodes * 2);
        for (int i = 0; i < nodes; i++) {
            index.put(ids[i], i);
        }
        int[] resolved = new int[edgeCount];
        for (int e = 0; e < edgeCount; e++) {
            resolved[e] = index.getOrDefault(edges[e], -1);
        }
        boolean[] roots = new boolean[nodes];
        for (int r = 0; r < rootCount; r++) {
            Integer node = index.get(rootIds[r]);
            if (node != null) {
                roots[node] = true;
            }
        }
        int javaLangClass = classNameIndex.getOrDefault("java.lang.Class", -1);
        for (int i = 0; i < nodes; i++) {
            roots[i] |= classOf[i] == javaLangClass && sizes[i] == 0;
        }
        return new HeapGraph(classNames.toArray(String[]::new), Arrays.copyOf(classOf, nodes), Arrays.copyOf(sizes, nodes),
                Arrays.copyOf(edgeStart, nodes + 1), resolved, roots);
    }

    private long id() {
        return idSize == 4 ? in.getInt() & 0xffffffffL : in.getLong();
    }

    private void skipValue(int type) {
        in.position(in.position() + (type == 2 ? idSize : TYPE_SIZE[type]));
    }

    private static int align(long size) {
        return (int) ((size + 7) & ~7L);
    }
}
