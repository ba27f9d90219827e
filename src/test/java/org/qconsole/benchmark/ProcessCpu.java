package org.qconsole.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM and by the PostgreSQL server listening on a port (its postmaster and
 * the processes it started, read from /proc), to say where a benchmark's time goes. Linux only; the
 * PostgreSQL side is empty elsewhere.
 */
final class ProcessCpu {

    /** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux everywhere). */
    private static final double TICKS_PER_SECOND = 100;

    private final OptionalLong postmaster;

    private ProcessCpu(OptionalLong postmaster) {
        this.postmaster = postmaster;
    }

    static ProcessCpu withPostgresOnPort(int port) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            String option = " -p " + port + " ";
            return new ProcessCpu(processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> commandLine(p).contains(option)
                            && commandLine(p).contains("postgres"))
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString())).min());
        } catch (IOException e) {
            return new ProcessCpu(OptionalLong.empty());
        }
    }

    /** This JVM's CPU seconds so far. */
    double jvmSeconds() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** The PostgreSQL server's CPU seconds so far (its processes alive now); 0 when it was not found. */
    double postgresSeconds() {
        if (postmaster.isEmpty()) {
            return 0;
        }
        long server = postmaster.getAsLong();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .map(ProcessCpu::stat)
                    .filter(stat -> stat.size() > 15 && (Long.parseLong(stat.get(0)) == server
                            || Long.parseLong(stat.get(3)) == server))
                    .mapToDouble(stat -> (Long.parseLong(stat.get(13)) + Long.parseLong(stat.get(14)))
                            / TICKS_PER_SECOND)
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    boolean postgresFound() {
        return postmaster.isPresent();
    }

    private static String commandLine(Path process) {
        try {
            return " " + Files.readString(process.resolve("cmdline")).replace('\0', ' ') + " ";
        } catch (IOException e) {
            return "";
        }
    }

    /** The fields of /proc/PID/stat, the command name (which may hold spaces) kept as one field. */
    private static List<String> stat(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int close = stat.lastIndexOf(')');
            String pid = stat.substring(0, stat.indexOf(' '));
            return Stream.concat(Stream.of(pid, "comm"), Stream.of(stat.substring(close + 2).split(" "))).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
