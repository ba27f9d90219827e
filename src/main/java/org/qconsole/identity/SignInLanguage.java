package org.qconsole.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Optional;
import org.qconsole.model.Language;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Asks Keycloak for its sign-in page in the user's language, OpenID Connect's {@code ui_locales}: the first
 * of the browser's languages ({@code Accept-Language}, in its order of preference) that is one of the six;
 * none when the browser asks for none of them, so that Keycloak shows its default (English).
 */
final class SignInLanguage implements OAuth2AuthorizationRequestResolver {

    static final String PARAMETER = "ui_locales";

    private final OAuth2AuthorizationRequestResolver defaults;

    SignInLanguage(ClientRegistrationRepository registrations) {
        defaults = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return withLanguage(defaults.resolve(request), request);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return withLanguage(defaults.resolve(request, clientRegistrationId), request);
    }

    private static OAuth2AuthorizationRequest withLanguage(OAuth2AuthorizationRequest authorization,
            HttpServletRequest request) {
        if (authorization == null) {
            return null;
        }
        return browserLanguage(request).map(language -> OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> parameters.put(PARAMETER, keycloakLocale(language)))
                .build()).orElse(authorization);
    }

    /** The browser's most preferred language of the six; none without an {@code Accept-Language} header. */
    static Optional<Language> browserLanguage(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        return Collections.list(request.getLocales()).stream()
                .flatMap(locale -> Language.find(locale.getLanguage()).stream()).findFirst();
    }

    /** Keycloak names its Chinese translation by script; the United Nations write simplified Chinese. */
    static String keycloakLocale(Language language) {
        return language == Language.ZH ? "zh-Hans" : language.code();
    }
}
