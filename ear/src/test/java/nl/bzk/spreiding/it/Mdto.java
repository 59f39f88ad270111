package nl.bzk.spreiding.it;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Validation of exported MDTO files against the Nationaal Archief's XSD (test resources, see mdto/BRON.md). */
public final class Mdto {

    private static final Schema SCHEMA = schema();

    private Mdto() {}

    private static Schema schema() {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return f.newSchema(Mdto.class.getResource("/mdto/MDTO-XML1.0.1.xsd"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Throws with the file name and the schema's message when {@code xml} does not validate. */
    public static void valideer(String naam, byte[] xml) {
        try {
            SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new AssertionError(naam + " is geen geldig MDTO 1.0.1: " + e.getMessage(), e);
        }
    }

    public static Document lees(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the first element with this local name. */
    public static String waarde(Document d, String naam) {
        NodeList l = d.getElementsByTagNameNS("*", naam);
        return l.getLength() == 0 ? null : l.item(0).getTextContent();
    }

    /** The begripLabel of every element with this local name, in document order. */
    public static List<String> labels(Document d, String naam) {
        List<String> labels = new ArrayList<>();
        NodeList l = d.getElementsByTagNameNS("*", naam);
        for (int i = 0; i < l.getLength(); i++) {
            labels.add(((Element) l.item(i))
                    .getElementsByTagNameNS("*", "begripLabel")
                    .item(0)
                    .getTextContent());
        }
        return labels;
    }
}
