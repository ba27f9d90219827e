package org.qconsole.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The processes of a PostgreSQL server, found through its data directory, for tests that crash it. */
public final class PostgresProcesses {

    private PostgresProcesses() {
    }

    /**
     * Kills the postmaster and every process it started with SIGKILL, as a crash would: nothing is
     * flushed or checkpointed, the next start has to recover from the write-ahead log.
     */
    public static void crash(Path dataDirectory) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("PostgreSQL (pid " + pid + ") is not running"));
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(0, postmaster); // first, so that it cannot start new processes meanwhile
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        }
    }
}
