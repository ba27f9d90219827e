package org.qconsole.identity;

import java.time.Clock;
import org.qconsole.identity.ui.VaadinSignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Single sign-on through OpenID Connect for every view; method security ({@code @RolesAllowed},
 * {@code @PermitAll}) on every service. Only the health endpoint and its probes are open (its parts only to
 * the secretariat, see application.yml), and metrics on a separate management port. Every response carries
 * the {@link BrowserProtections}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String LOGIN_URL = "/oauth2/authorization/" + IssuerClientRegistrationRepository.REGISTRATION_ID;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ConsoleOidcUserService users, OidcProperties oidc,
            ClientRegistrationRepository registrations, Environment environment) throws Exception {
        // Before the redirect to the identity provider: a provider that is down gets the console's own page.
        http.addFilterBefore(new SignInAvailabilityFilter(new IssuerAvailability(oidc.issuerUri(), Clock.systemUTC()),
                LOGIN_URL), OAuth2AuthorizationRequestRedirectFilter.class);
        http.headers(BrowserProtections.headers(oidc.issuerUri()));
        http.authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class),
                EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, HealthEndpoint.class)).permitAll());
        http.authorizeHttpRequests(auth -> metricsAccess(auth.requestMatchers(EndpointRequest.to(
                PrometheusScrapeEndpoint.class)), ManagementPortType.get(environment)));
        // The login page is set here as well: Vaadin applies its own too late for Spring's default page.
        // Keycloak's sign-in page in the browser's language (SignInLanguage).
        http.oauth2Login(login -> login.loginPage(LOGIN_URL).userInfoEndpoint(info -> info.oidcUserService(users))
                .authorizationEndpoint(endpoint -> endpoint
                        .authorizationRequestResolver(new SignInLanguage(registrations))));
        return VaadinSignIn.apply(http, LOGIN_URL).build();
    }

    /**
     * Metrics on a management port of their own are open: that port is for the operators' network, never
     * behind the load balancer (docs/operations/metrics.md). On the console's own port only the secretariat
     * reads them.
     */
    private static void metricsAccess(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl metrics,
            ManagementPortType port) {
        if (port == ManagementPortType.DIFFERENT) {
            metrics.permitAll();
        } else {
            metrics.hasRole(Roles.SECRETARIAT);
        }
    }

    /**
     * No observation around each method-security check: every service call made one (17% of a save's CPU in
     * the autosave benchmark) and nobody reads them; requests and authentications are still observed.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveAuthorizations(false).build();
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectProvider<SecurityFilterChain> chains) {
        return BrowserProtections.rejectedRequests(chains);
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OidcProperties properties) {
        var repository = new IssuerClientRegistrationRepository(properties);
        if (properties.verifyOnStartup()) {
            repository.registration();
        }
        return repository;
    }
}
