package nl.bzk.spreiding.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Every text an XML writer of this application writes is XML-safe, whatever was stored (issue 30, finding 4). */
class XmlTest {

    @Test
    void tekenDieXmlNietToestaatWordenVervangen() {
        assertEquals("a\nb", Xml.veilig("a\u000bb"));
        assertEquals("a\nb", Xml.veilig("a\fb"));
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", Xml.veilig("a\u0000b\u001fc\uFFFF"));
        assertEquals("tab\tCR\rLF\n", Xml.veilig("tab\tCR\rLF\n"));
        assertEquals("los \uFFFD en \uFFFD", Xml.veilig("los \uD800 en \uDC00"));
        String emoji = "fte \uD83D\uDCC8 omhoog";
        assertSame(emoji, Xml.veilig(emoji), "a valid pair stays, and nothing is copied");
        assertEquals("\u0080 C1 mag in XML 1.0", Xml.veilig("\u0080 C1 mag in XML 1.0"));
    }

    @Test
    void deSchrijverMaaktTekstEnAttributenVeilig() throws Exception {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        XMLStreamWriter w = Xml.schrijver(uit);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("a");
        w.writeAttribute("b", "x\u0001y");
        w.writeCharacters("Kop\u000bklopt\u0000niet");
        char[] tekens = "..z\u0002z..".toCharArray();
        w.writeCharacters(tekens, 2, 3);
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
        Document d = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(uit.toByteArray()));
        assertEquals("x\uFFFDy", d.getDocumentElement().getAttribute("b"));
        assertEquals("Kop\nklopt\uFFFDnietz\uFFFDz", d.getDocumentElement().getTextContent());
    }
}
