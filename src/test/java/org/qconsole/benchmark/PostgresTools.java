package org.qconsole.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** PostgreSQL's client programs (psql, pgbench): on the PATH, or where Debian installs them. */
final class PostgresTools {

    private PostgresTools() {
    }

    static Optional<Path> find(String name) throws IOException {
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            candidates.add(Path.of(dir, name));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.sorted().map(v -> v.resolve("bin/" + name)).forEach(candidates::add);
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }
}
