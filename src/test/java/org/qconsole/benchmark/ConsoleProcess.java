package org.qconsole.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM of a running console, found by the port it listens on (other consoles, of tests or other
 * worktrees, may be running): its CPU time (from /proc, Linux only), its resident memory and its heap (jcmd).
 */
final class ConsoleProcess {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    /** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux everywhere). */
    private static final double TICKS_PER_SECOND = 100;

    private final long pid;

    private ConsoleProcess(long pid) {
        this.pid = pid;
    }

    static ConsoleProcess listeningOn(int port) throws IOException, InterruptedException {
        Matcher found = Pattern.compile("pid=(\\d+)").matcher(run("ss", "-Hltnp", "sport = :" + port));
        if (!found.find()) {
            throw new IllegalStateException("No console listens on port " + port);
        }
        return new ConsoleProcess(Long.parseLong(found.group(1)));
    }

    long pid() {
        return pid;
    }

    /** CPU seconds (user and system) the console used so far. */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND; // utime, stime
    }

    /** Resident memory of the process, in KB. */
    long residentKb() throws IOException {
        Matcher rss = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(
                Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
        return rss.find() ? Long.parseLong(rss.group(1)) : 0;
    }

    /** The heap in use now, garbage included (no collection is forced), in KB. */
    long heapUsedKb() throws IOException, InterruptedException {
        Matcher used = USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info gave no heap use");
        }
        return Long.parseLong(used.group(1));
    }

    /** Live heap after two full collections (the second cleans up what the first's finalizers left), in KB. */
    long liveHeapKb() throws IOException, InterruptedException {
        jcmd("GC.run");
        jcmd("GC.run");
        return heapUsedKb();
    }

    String jcmd(String command, String... arguments) throws IOException, InterruptedException {
        String[] line = new String[3 + arguments.length];
        line[0] = "jcmd";
        line[1] = String.valueOf(pid);
        line[2] = command;
        System.arraycopy(arguments, 0, line, 3, arguments.length);
        return run(line);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }
}
