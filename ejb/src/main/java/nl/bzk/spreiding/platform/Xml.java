package nl.bzk.spreiding.platform;

import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The one way this application writes XML (MDTO, the pakbon and any later export): a StAX writer that makes every text
 * and attribute value XML-safe on its way out. XML 1.0 cannot carry most control characters at all, and archived
 * records cannot be edited, so one stray character stored before the input rule (a vertical tab in a comment, say)
 * must not make a year's export fail for good: a vertical tab or form feed becomes a line break, any other character
 * XML does not allow becomes U+FFFD, so a reader sees that something was there.
 */
public final class Xml {

    private static final char VERVANGING = '\uFFFD';

    private Xml() {}

    /** A UTF-8 writer on {@code uit} whose text and attribute values pass through {@link #veilig}. */
    public static XMLStreamWriter schrijver(OutputStream uit) throws XMLStreamException {
        XMLStreamWriter echt = XMLOutputFactory.newFactory().createXMLStreamWriter(uit, "UTF-8");
        return (XMLStreamWriter) Proxy.newProxyInstance(
                Xml.class.getClassLoader(), new Class<?>[] {XMLStreamWriter.class}, (proxy, methode, args) -> {
                    Object[] veiligeArgs = args;
                    String naam = methode.getName();
                    if (args != null
                            && (naam.equals("writeCharacters")
                                    || naam.equals("writeAttribute")
                                    || naam.equals("writeComment")
                                    || naam.equals("writeCData"))) {
                        veiligeArgs = args.clone();
                        if (args.length == 3 && args[0] instanceof char[] tekens) {
                            // writeCharacters(char[], start, len)
                            veiligeArgs = new Object[] {
                                veilig(new String(tekens, (int) args[1], (int) args[2]))
                                        .toCharArray(),
                                0,
                                (int) args[2]
                            };
                        } else {
                            int laatste = args.length - 1;
                            if (args[laatste] instanceof String tekst) {
                                veiligeArgs[laatste] = veilig(tekst);
                            }
                        }
                    }
                    try {
                        return methode.invoke(echt, veiligeArgs);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** {@code tekst} with only characters XML 1.0 allows; the same length, so positions stay where they were. */
    public static String veilig(String tekst) {
        if (tekst == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            char vervangen = c;
            if (c == '\u000b' || c == '\f') {
                vervangen = '\n';
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                vervangen = VERVANGING;
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                vervangen = VERVANGING;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < tekst.length() && Character.isLowSurrogate(tekst.charAt(i + 1))) {
                    if (b != null) {
                        b.append(c).append(tekst.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                vervangen = VERVANGING;
            } else if (Character.isLowSurrogate(c)) {
                vervangen = VERVANGING;
            }
            if (vervangen != c && b == null) {
                b = new StringBuilder(tekst.length()).append(tekst, 0, i);
            }
            if (b != null) {
                b.append(vervangen);
            }
        }
        return b == null ? tekst : b.toString();
    }
}
