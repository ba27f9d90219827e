package org.qconsole.response;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits of uploaded documents ({@code console.documents.*}): a file, and all files of one response
 * (files an answer no longer lists count too: they stay for its history). {@code clamd} is the
 * {@code host:port} of a ClamAV daemon that scans each file; none: files are not scanned.
 */
@ConfigurationProperties("console.documents")
public record DocumentLimits(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("200MB") DataSize maxResponseSize,
        String clamd) {
}
