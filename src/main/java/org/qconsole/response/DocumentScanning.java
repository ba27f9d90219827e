package org.qconsole.response;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scanner of uploaded files: ClamAV when {@code console.documents.clamd} is set, none otherwise. */
@Configuration(proxyBeanMethods = false)
class DocumentScanning {

    @Bean
    DocumentScanner documentScanner(DocumentLimits limits) {
        return limits.clamd() == null || limits.clamd().isBlank() ? DocumentScanner.ACCEPT_ALL
                : new ClamdScanner(limits.clamd().strip());
    }
}
