package org.qconsole.template;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits follow the console's own limit for template files
 * ({@link TemplateImporter#MAX_FILE_BYTES}) and for documents answers. Spring's default of 1 MB would refuse
 * larger files before the import runs, and the user would see "Upload forbidden" instead of the console's message.
 * A higher limit set in {@code spring.servlet.multipart.*} is kept.
 */
@Configuration(proxyBeanMethods = false)
class TemplateUploadLimits {

    /** Room for the multipart headers and boundaries around the one file of an upload request. */
    static final long REQUEST_OVERHEAD_BYTES = 64 * 1024;

    /**
     * @param documentLimit the largest file a documents answer takes (console.documents.max-file-size): its
     *        uploads reach the console too, which refuses larger ones with its own message
     */
    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties properties,
            @Value("${console.documents.max-file-size:20MB}") DataSize documentLimit) {
        long largest = Math.max(TemplateImporter.MAX_FILE_BYTES, documentLimit.toBytes() + REQUEST_OVERHEAD_BYTES);
        properties.setMaxFileSize(atLeast(properties.getMaxFileSize(), largest));
        properties.setMaxRequestSize(atLeast(properties.getMaxRequestSize(), largest + REQUEST_OVERHEAD_BYTES));
        return properties.createMultipartConfig();
    }

    /** A negative size means no limit, which is at least anything. */
    private static DataSize atLeast(DataSize configured, long bytes) {
        return configured != null && (configured.isNegative() || configured.toBytes() >= bytes) ? configured
                : DataSize.ofBytes(bytes);
    }
}
