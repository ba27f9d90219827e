package org.qconsole.template;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;
import org.qconsole.support.ConsoleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletRegistrationBean;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;

/**
 * The servlet container must let a template file up to the console's own limit through to the import;
 * with Spring's default of 1 MB a 2 MB file was answered "Upload forbidden" before the import ran.
 */
@ConsoleTest
class TemplateUploadLimitsTest {

    @Autowired
    MultipartProperties properties;
    @Autowired
    MultipartConfigElement multipart;
    @Autowired
    DispatcherServletRegistrationBean dispatcher;

    @Test
    void theMultipartLimitsAreAtLeastTheConsolesLimitForTemplateFiles() {
        assertThat(properties.getMaxFileSize().toBytes()).isGreaterThanOrEqualTo(TemplateImporter.MAX_FILE_BYTES);
        assertThat(properties.getMaxRequestSize().toBytes()).isGreaterThan(TemplateImporter.MAX_FILE_BYTES);
        assertThat(multipart.getMaxFileSize()).isGreaterThanOrEqualTo(TemplateImporter.MAX_FILE_BYTES);
        assertThat(multipart.getMaxRequestSize()).isGreaterThan(TemplateImporter.MAX_FILE_BYTES);
    }

    @Test
    void theServletThatReceivesUploadsUsesThem() {
        // Vaadin is mapped to the root, so Spring's dispatcher servlet receives the request and reads its parts.
        assertThat(dispatcher.getMultipartConfig()).isSameAs(multipart);
    }
}
