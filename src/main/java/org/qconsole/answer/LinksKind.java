package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.RichText;

/**
 * Links to official texts, each a web address and an optional title; the value is
 * {@code [{"url": "https://...", "title": "Criminal code"}]}. Only http and https addresses are taken: a link
 * is shown to the secretariat as a link, and other schemes (javascript:, file:) must never reach it.
 */
public record LinksKind(AnswerSpec.Links spec) implements AnswerKind {

    public static final int DEFAULT_MAX_LINKS = 10;
    public static final int MAX_LINKS = 100;
    public static final int MAX_URL_LENGTH = 2_000;
    public static final int MAX_TITLE_LENGTH = 300;

    /** The most links an answer may list. */
    public int linkLimit() {
        return spec.maxLinks() == null ? DEFAULT_MAX_LINKS : spec.maxLinks();
    }

    @Override
    public Optional<String> problem(JsonNode value) {
        if (!value.isArray()) {
            return Optional.of("This list of links is not readable.");
        }
        if (value.size() > linkLimit()) {
            return Optional.of("Give at most " + linkLimit() + " links (this has " + value.size() + ").");
        }
        int number = 1;
        for (JsonNode link : value) {
            Optional<String> problem = linkProblem(link);
            if (problem.isPresent()) {
                return Optional.of("Link " + number + ": " + problem.get());
            }
            number++;
        }
        return Optional.empty();
    }

    /** What is wrong with one link; empty when it is a web address with a fitting title. */
    public static Optional<String> linkProblem(JsonNode link) {
        if (!link.isObject() || !link.path("url").isTextual()) {
            return Optional.of("enter a web address.");
        }
        if (link.size() > (link.has("title") ? 2 : 1)) {
            return Optional.of("a link has only a web address and a title.");
        }
        if (link.has("title") && (!link.get("title").isTextual()
                || link.get("title").asText().length() > MAX_TITLE_LENGTH)) {
            return Optional.of("give a title of at most " + MAX_TITLE_LENGTH + " characters.");
        }
        return urlProblem(link.get("url").asText());
    }

    /** Why a text is not a web address the console takes; empty when it is one. */
    public static Optional<String> urlProblem(String url) {
        String hint = "enter a web address starting with https:// or http://, e.g. https://www.example.org/law.";
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.of("a web address has at most " + MAX_URL_LENGTH + " characters.");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
            return web ? Optional.empty() : Optional.of(hint);
        } catch (URISyntaxException e) {
            return Optional.of(hint);
        }
    }

    @Override
    public boolean isAnswered(JsonNode value) {
        return value.isArray() && !value.isEmpty();
    }

    /** "Criminal code (https://...); https://..." */
    @Override
    public String text(JsonNode value, Language language) {
        if (problem(value).isPresent()) {
            return Words.asStored(value);
        }
        List<String> links = new ArrayList<>();
        for (JsonNode link : value) {
            String title = link.path("title").asText("");
            String url = link.get("url").asText();
            links.add(title.isBlank() ? url : title + " (" + url + ")");
        }
        return String.join("; ", links);
    }

    @Override
    public String blankHtml(Language language) {
        return "<div class=\"note\">" + RichText.escape("Web addresses (https://...) and titles:")
                + "</div><div class=\"lines\"></div>";
    }

    @Override
    public void checkSettings(Consumer<String> problems) {
        if (spec.maxLinks() != null && (spec.maxLinks() < 1 || spec.maxLinks() > MAX_LINKS)) {
            problems.accept("allows " + spec.maxLinks() + " links; use 1 to " + MAX_LINKS);
        }
    }
}
