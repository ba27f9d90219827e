package org.qconsole.response;

import java.util.Optional;
import org.qconsole.common.Phrase;

/**
 * Scans each uploaded file as it streams in (a virus scanner, a policy check). The console uses
 * {@link #ACCEPT_ALL} unless {@code console.documents.clamd} names a ClamAV daemon ({@link ClamdScanner}).
 */
public interface DocumentScanner {

    /** Scans nothing and accepts every file. */
    DocumentScanner ACCEPT_ALL = fileName -> new Scan() {
        @Override
        public void write(byte[] bytes, int length) {
        }

        @Override
        public Optional<Phrase> verdict() {
            return Optional.empty();
        }
    };

    /** Starts scanning one file. */
    Scan begin(String fileName);

    /** The scan of one file: its bytes in order, then the verdict. */
    interface Scan extends AutoCloseable {

        /** The next {@code length} bytes of the file. */
        void write(byte[] bytes, int length);

        /** Once every byte is written: why the file is refused, as a phrase of the messages; empty when accepted. */
        Optional<Phrase> verdict();

        /** Ends the scan early or after the verdict; frees what it holds. */
        @Override
        default void close() {
        }
    }
}
