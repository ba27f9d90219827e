package org.qconsole.template;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits follow the console's own limit for template files
 * ({@link TemplateImporter#MAX_FILE_BYTES}). Spring's default of 1 MB would refuse larger files
 * before the import runs, and the user would see "Upload forbidden" instead of the console's message.
 * A higher limit set in {@code spring.servlet.multipart.*} is kept.
 */
@Configuration(proxyBeanMethods = false)
class TemplateUploadLimits {

    /** Room for the multipart headers and boundaries around the one file of an upload request. */
    static final long REQUEST_OVERHEAD_BYTES = 64 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties properties) {
        properties.setMaxFileSize(atLeast(properties.getMaxFileSize(), TemplateImporter.MAX_FILE_BYTES));
        properties.setMaxRequestSize(atLeast(properties.getMaxRequestSize(),
                TemplateImporter.MAX_FILE_BYTES + REQUEST_OVERHEAD_BYTES));
        return properties.createMultipartConfig();
    }

    /** A negative size means no limit, which is at least anything. */
    private static DataSize atLeast(DataSize configured, long bytes) {
        return configured != null && (configured.isNegative() || configured.toBytes() >= bytes) ? configured
                : DataSize.ofBytes(bytes);
    }
}
