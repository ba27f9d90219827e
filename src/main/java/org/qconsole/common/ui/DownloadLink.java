package org.qconsole.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that downloads a file made when it is followed (so it holds the data as it is then). */
public final class DownloadLink {

    private DownloadLink() {
    }

    public static Anchor of(String label, String id, String fileName, String mediaType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mediaType, bytes.length);
        }), label);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
