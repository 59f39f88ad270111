package nl.bzk.spreiding.documents.opmaak;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the markup a template produces (a small XML vocabulary, see docs/documents.md) without DTDs or external
 * entities, so a template cannot make the parser read files or URLs.
 */
final class Opmaaktaal {

    private Opmaaktaal() {}

    static Document lees(String opmaak) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            Document d = b.parse(new InputSource(new StringReader(opmaak)));
            if (!"document".equals(d.getDocumentElement().getTagName())) {
                throw new SjabloonFout(
                        null,
                        null,
                        "de opmaak moet beginnen met <document>, niet met <"
                                + d.getDocumentElement().getTagName() + ">.");
            }
            return d;
        } catch (SAXParseException e) {
            throw new SjabloonFout(
                    null,
                    null,
                    "ongeldige opmaak in regel " + e.getLineNumber() + ", kolom " + e.getColumnNumber()
                            + " van het gevulde sjabloon: " + e.getMessage()
                            + " (een letterlijke & schrijft u als &amp;, een < als &lt;).");
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new SjabloonFout(null, null, "de opmaak is niet te lezen: " + e.getMessage());
        }
    }
}
