package org.qconsole.response;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A ClamAV daemon as far as INSTREAM goes, on a port of its own: it reads {@code zINSTREAM\0}, the chunks
 * (a 4-byte length, then the bytes) up to a zero length, and answers {@code stream: Eicar-Signature FOUND}
 * when the file holds {@link #EICAR}, {@code stream: OK} otherwise, each ended by NUL.
 */
final class FakeClamd implements AutoCloseable {

    /** What the fake daemon calls infected. */
    static final String EICAR = "EICAR-STANDARD-ANTIVIRUS-TEST-FILE";

    private final ServerSocket server;
    private final Thread thread;

    FakeClamd() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "fake-clamd");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                answer(client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void answer(Socket client) throws IOException {
        DataInputStream in = new DataInputStream(client.getInputStream());
        byte[] command = in.readNBytes("zINSTREAM\0".length());
        OutputStream out = client.getOutputStream();
        if (!Arrays.equals(command, "zINSTREAM\0".getBytes(StandardCharsets.US_ASCII))) {
            out.write("UNKNOWN COMMAND\0".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int length = in.readInt(); length > 0; length = in.readInt()) {
            file.write(in.readNBytes(length));
        }
        boolean infected = file.toString(StandardCharsets.ISO_8859_1).contains(EICAR);
        out.write((infected ? "stream: Eicar-Signature FOUND\0" : "stream: OK\0").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
