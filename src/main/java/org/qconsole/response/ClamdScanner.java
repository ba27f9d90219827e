package org.qconsole.response;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.qconsole.common.Phrase;

/**
 * Scans files with a ClamAV daemon over its socket: {@code zINSTREAM}, the file in chunks each preceded by its
 * length (4 bytes, network order), a zero length, then the reply {@code stream: OK} or
 * {@code stream: <signature> FOUND}. A daemon that cannot be reached or answers otherwise refuses the file:
 * an unscanned file is not kept when scanning is configured.
 */
final class ClamdScanner implements DocumentScanner {

    private static final int TIMEOUT_MILLIS = 30_000;

    private final String host;
    private final int port;

    ClamdScanner(String address) {
        int colon = address.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("console.documents.clamd must be host:port, not \"" + address + "\"");
        }
        this.host = address.substring(0, colon);
        this.port = Integer.parseInt(address.substring(colon + 1));
    }

    @Override
    public Scan begin(String fileName) {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            return new ClamdScan(socket, out);
        } catch (IOException e) {
            close(socket);
            return unavailable();
        }
    }

    /** A scan that refuses: scanning is configured but the daemon is not there. */
    private static Scan unavailable() {
        return new Scan() {
            @Override
            public void write(byte[] bytes, int length) {
            }

            @Override
            public Optional<Phrase> verdict() {
                return Optional.of(new Phrase("answer.documents.scan.unreachable"));
            }
        };
    }

    private record ClamdScan(Socket socket, DataOutputStream out) implements Scan {

        @Override
        public void write(byte[] bytes, int length) {
            try {
                out.writeInt(length);
                out.write(bytes, 0, length);
            } catch (IOException e) {
                // The daemon closes the stream past its StreamMaxLength, and says so in its reply.
            }
        }

        @Override
        public Optional<Phrase> verdict() {
            try {
                out.writeInt(0);
                out.flush();
                String reply = readReply(socket.getInputStream()).strip();
                if (reply.endsWith("OK")) {
                    return Optional.empty();
                }
                if (reply.endsWith("FOUND")) {
                    String finding = reply.substring(reply.indexOf(':') + 1, reply.length() - "FOUND".length()).strip();
                    return Optional.of(new Phrase("answer.documents.scan.found", finding));
                }
                return Optional.of(new Phrase("answer.documents.scan.failed",
                        reply.replace("stream: ", "")));
            } catch (IOException e) {
                return Optional.of(new Phrase("answer.documents.scan.stopped"));
            }
        }

        @Override
        public void close() {
            ClamdScanner.close(socket);
        }
    }

    /** The reply up to its terminating NUL (the "z" form of the command). */
    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0 && reply.size() < 1024; b = in.read()) {
            reply.write(b);
        }
        return reply.toString(StandardCharsets.US_ASCII);
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Nothing more to free: the verdict, if any, is already read.
        }
    }
}
