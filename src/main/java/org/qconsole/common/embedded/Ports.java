package org.qconsole.common.embedded;

import java.io.IOException;
import java.net.ServerSocket;

/** Checks a port before a server is started on it, so that a clash is reported plainly. */
final class Ports {

    private Ports() {
    }

    static void requireFree(int port, String whatNeedsIt, String alternative) {
        try (ServerSocket probe = new ServerSocket(port)) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new StartupProblem("Port " + port + " is already in use, so " + whatNeedsIt + " cannot start.",
                    "Stop whatever uses port " + port + " (e.g. an earlier console: 'ss -ltnp | grep " + port
                            + "'), " + alternative + ".");
        }
    }
}
