package org.qconsole.common.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A chart drawn in the browser by Apache ECharts (loaded from its webjar at run time: no frontend
 * build). The option is ECharts' own JSON; a click on a bar or slice reports its name, e.g. to filter a
 * list by it.
 */
public class EChart extends Div {

    static final String SCRIPT = "context://webjars/echarts/5.3.1/dist/echarts.min.js";

    private final List<Consumer<String>> clickListeners = new ArrayList<>();
    private JsonNode option;

    public EChart(String id, JsonNode option) {
        setId(id);
        addClassName("qc-chart");
        setWidthFull();
        setHeight("280px");
        this.option = option;
    }

    /** The option, as the tests and screen readers read it. */
    public JsonNode option() {
        return option;
    }

    public void setOption(JsonNode option) {
        this.option = option;
        draw();
    }

    public void addItemClickListener(Consumer<String> listener) {
        clickListeners.add(listener);
    }

    @ClientCallable
    void clicked(String name) {
        clickListeners.forEach(listener -> listener.accept(name));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().addJavaScript(SCRIPT);
        draw();
    }

    private void draw() {
        getElement().executeJs("""
                const el = this;
                const option = JSON.parse($0);
                const draw = () => {
                  if (!window.echarts) { setTimeout(draw, 50); return; }
                  if (!el.$chart) {
                    el.$chart = window.echarts.init(el);
                    el.$chart.on('click', p => el.$server.clicked(String(p.name)));
                    new ResizeObserver(() => el.$chart.resize()).observe(el);
                  }
                  el.$chart.setOption(option, true);
                  el.setAttribute('data-drawn', 'true');
                };
                draw();
                """, option.toString());
    }
}
