package org.qconsole.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.function.UnaryOperator;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What a translator's tool does to an exported XLIFF 2.0 file: a target after each unit's source. */
public final class XliffTranslator {

    private static final String NS = "urn:oasis:names:tc:xliff:document:2.0";

    private XliffTranslator() {
    }

    public static byte[] translate(byte[] xliff, UnaryOperator<String> translator) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xliff));
        NodeList segments = document.getElementsByTagNameNS(NS, "segment");
        for (int i = 0; i < segments.getLength(); i++) {
            Element segment = (Element) segments.item(i);
            Element source = (Element) segment.getElementsByTagNameNS(NS, "source").item(0);
            // A target already there (a translation so far) is replaced, as a translator's tool overwrites it.
            Element target = (Element) segment.getElementsByTagNameNS(NS, "target").item(0);
            if (target == null) {
                target = document.createElementNS(NS, "target");
                segment.appendChild(target);
            }
            target.setTextContent(translator.apply(source.getTextContent()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }
}
