package org.qconsole.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.qconsole.response.DocumentArchive;

/**
 * The link to every file a campaign's answers list, as a ZIP with a folder per State ({@code dashboard-documents}),
 * written as it is downloaded.
 */
final class DocumentsZip {

    private DocumentsZip() {
    }

    static Anchor link(DocumentArchive archive, long campaignId) {
        DownloadHandler zip = event -> {
            event.setFileName("documents-campaign-" + campaignId + ".zip");
            event.setContentType("application/zip");
            archive.zip(campaignId, event.getOutputStream());
        };
        Anchor link = new Anchor(zip, AttachmentType.DOWNLOAD, I18NProvider.translate("dashboard.documents"));
        link.setId("dashboard-documents");
        return link;
    }
}
