package org.qconsole.shell.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * {@code console.sessions.active}: the console sessions open on this instance (a browser that opened the
 * console, until it signs out or its session times out). With the heap per session in docs/benchmarks.md,
 * it is what sizing an instance starts from.
 */
@Component
class SessionMetrics implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    SessionMetrics(MeterRegistry registry) {
        Gauge.builder("console.sessions.active", open, AtomicInteger::get)
                .description("Console (Vaadin) sessions open on this instance").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(started -> open.incrementAndGet());
        event.getSource().addSessionDestroyListener(ended -> open.decrementAndGet());
    }
}
