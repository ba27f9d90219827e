package org.qconsole.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Files for upload tests, made as they are read (never whole in memory), and their digests. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A small PDF file (a PDF header, a body of text). */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The start of a Windows program (an "MZ" header and a PE signature), whatever its name says. */
    public static byte[] program() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        System.arraycopy("This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII), 0, exe, 0x4e,
                39);
        return exe;
    }

    /** A PDF of {@code size} bytes: a header, then bytes that follow from {@code seed}. */
    public static InputStream pdfOfSize(long size, int seed) {
        byte[] header = pdf("large").clone();
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                long at = position++;
                return at < header.length ? header[(int) at] & 0xff : (int) ((at * 31 + seed) & 0xff);
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - position);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) read();
                }
                return n;
            }
        };
    }

    /** A stream that gives {@code before} bytes of a PDF, then fails as a lost connection does. */
    public static InputStream breakingAfter(long before) {
        InputStream content = pdfOfSize(Long.MAX_VALUE, 7);
        return new InputStream() {
            private long position;

            @Override
            public int read() throws IOException {
                if (position++ >= before) {
                    throw new IOException("Connection reset by peer");
                }
                return content.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (position >= before) {
                    throw new IOException("Connection reset by peer");
                }
                int n = content.read(b, off, (int) Math.min(len, before - position));
                position += n;
                return n;
            }
        };
    }

    /** The SHA-256 of a stream's bytes, read to its end. */
    public static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An output that keeps only the SHA-256 of what is written to it. */
    public static final class Digest extends java.io.OutputStream {
        private final MessageDigest digest;

        public Digest() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
        }

        public String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
