package nl.bzk.spreiding.documents.opmaak;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
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

    /**
     * The filled-in markup nested no deeper than the template may be ({@link Opmaakregels#MAX_NESTING}, plus the
     * document element): a loop in the template could still nest what the text check counted once.
     */
    private static void diepte(Element wortel) {
        record Niveau(Node knoop, int diepte) {}
        Deque<Niveau> werk = new ArrayDeque<>();
        werk.push(new Niveau(wortel, 0));
        while (!werk.isEmpty()) {
            Niveau n = werk.pop();
            if (n.diepte() > Opmaakregels.MAX_NESTING + 1) {
                throw new SjabloonFout(
                        null, null, "de gevulde opmaak is dieper genest dan " + Opmaakregels.MAX_NESTING + " niveaus.");
            }
            for (Node k = n.knoop().getFirstChild(); k != null; k = k.getNextSibling()) {
                if (k.getNodeType() == Node.ELEMENT_NODE) {
                    werk.push(new Niveau(k, n.diepte() + 1));
                }
            }
        }
    }

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
            diepte(d.getDocumentElement());
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
