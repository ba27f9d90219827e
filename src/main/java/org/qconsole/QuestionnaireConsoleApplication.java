package org.qconsole;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Questionnaire Console: questionnaires between a treaty secretariat and member States.
 *
 * <p>Run with {@code ./mvnw spring-boot:run}: with nothing configured, an embedded PostgreSQL and a
 * Keycloak with the demo realm are started for you (see {@code org.qconsole.common.embedded}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QuestionnaireConsoleApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuestionnaireConsoleApplication.class, args);
    }
}
