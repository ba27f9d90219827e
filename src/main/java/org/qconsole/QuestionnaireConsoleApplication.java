package org.qconsole;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
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
@Theme("questionnaire-console")
public class QuestionnaireConsoleApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(QuestionnaireConsoleApplication.class, args);
    }
}
