package org.qconsole.export;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.qconsole.identity.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Where background exports are written before they are downloaded ({@code console.exports.directory},
 * the system's temporary folder by default), and what to tell the user when that fails: a folder that
 * cannot be written or a full disk is the administrator's to fix, and no partial file is ever offered.
 */
@Service
@RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
public class ExportFiles {

    private static final Logger log = LoggerFactory.getLogger(ExportFiles.class);

    private final Path directory;

    ExportFiles(@Value("${console.exports.directory:${java.io.tmpdir}}") Path directory) {
        this.directory = directory;
    }

    /** A new, empty file for an export. */
    public Path create(ExportFormat format) {
        try {
            Files.createDirectories(directory);
            return Files.createTempFile(directory, "export-", "." + format.extension());
        } catch (IOException | SecurityException e) {
            log.error("Cannot create an export file in {}", directory.toAbsolutePath(), e);
            throw new ExportFailure(ExportFailure.CANNOT_START, e);
        }
    }
}
