package org.qconsole.export;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Counts and times background exports ({@code console.exports}) by format and outcome. */
@Component
class ExportMetrics {

    static final String NAME = "console.exports";

    private final MeterRegistry registry;

    ExportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void measure(ExportFormat format, Supplier<ExportJob.Outcome> export) {
        Timer.Sample sample = Timer.start(registry);
        ExportJob.Outcome outcome = ExportJob.Outcome.FAILED;
        try {
            outcome = export.get();
        } finally {
            sample.stop(Timer.builder(NAME).description("Exports of a campaign's answers, from start to file")
                    .tag("format", format.extension())
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
    }
}
