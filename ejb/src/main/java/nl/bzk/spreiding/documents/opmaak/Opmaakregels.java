package nl.bzk.spreiding.documents.opmaak;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules of the markup that can be checked in the template text itself, before any figures are filled in, so an
 * author hears of them with line and column when saving: every {@code <kaart>} carries a text alternative
 * ({@code alt="…"}) for readers who cannot see it. The layout checks the filled-in value again (an expression can
 * still come out empty).
 */
final class Opmaakregels {

    private static final Pattern KAART = Pattern.compile("<kaart(?=[\\s/>])");
    private static final Pattern ALT = Pattern.compile("\\salt\\s*=\\s*([\"'])\\s*[^\\s\"']");
    private static final Pattern COMMENTAAR = Pattern.compile("<#--.*?-->", Pattern.DOTALL);
    /** A markup tag (not a FreeMarker directive {@code <#…>} or macro call {@code <@…>}). */
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][\\w-]*)");

    /**
     * Markup elements inside each other (the default templates reach 5). The layout walks the markup recursively, so
     * 2.000 nested {@code <vet>} once ended in a StackOverflowError.
     */
    static final int MAX_NESTING = 50;

    private Opmaakregels() {}

    static void toets(String sjabloon) {
        String tekst = zonderCommentaar(sjabloon);
        nesting(tekst);
        Matcher kaart = KAART.matcher(tekst);
        while (kaart.find()) {
            String tag = starttag(tekst, kaart.start());
            if (!ALT.matcher(tag).find()) {
                throw new SjabloonFout(
                        regel(tekst, kaart.start()),
                        kolom(tekst, kaart.start()),
                        "<kaart> zonder alt=\"…\": beschrijf wat de kaart laat zien, voor wie haar niet kan zien "
                                + "(de waarden per provincie voegt Spreiding zelf toe).");
            }
        }
    }

    /** Refuses markup nested deeper than {@link #MAX_NESTING}, naming the tag that goes one level too deep. */
    private static void nesting(String tekst) {
        Matcher tag = TAG.matcher(tekst);
        int diepte = 0;
        while (tag.find()) {
            if (!tag.group(1).isEmpty()) {
                diepte = Math.max(0, diepte - 1);
            } else if (!starttag(tekst, tag.start()).endsWith("/>") && ++diepte > MAX_NESTING) {
                throw new SjabloonFout(
                        regel(tekst, tag.start()),
                        kolom(tekst, tag.start()),
                        "de opmaak is hier dieper genest dan " + MAX_NESTING + " niveaus (<" + tag.group(2)
                                + "> binnen " + MAX_NESTING + " andere elementen).");
            }
        }
    }

    /** Comments keep their length (as spaces), so positions after them stay right. */
    private static String zonderCommentaar(String sjabloon) {
        Matcher m = COMMENTAAR.matcher(sjabloon);
        StringBuilder s = new StringBuilder(sjabloon);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (s.charAt(i) != '\n') {
                    s.setCharAt(i, ' ');
                }
            }
        }
        return s.toString();
    }

    /** The start tag from {@code begin} to its closing '>', skipping '>' inside quotes and ${…}. */
    private static String starttag(String tekst, int begin) {
        char aanhaling = 0;
        int expressie = 0;
        for (int i = begin + 1; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (expressie > 0) {
                if (c == '{') {
                    expressie++;
                } else if (c == '}') {
                    expressie--;
                }
            } else if (c == '$' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '{') {
                expressie = 1;
                i++;
            } else if (aanhaling != 0) {
                if (c == aanhaling) {
                    aanhaling = 0;
                }
            } else if (c == '"' || c == '\'') {
                aanhaling = c;
            } else if (c == '>') {
                return tekst.substring(begin, i + 1);
            }
        }
        return tekst.substring(begin);
    }

    private static int regel(String tekst, int positie) {
        int regel = 1;
        for (int i = 0; i < positie; i++) {
            if (tekst.charAt(i) == '\n') {
                regel++;
            }
        }
        return regel;
    }

    private static int kolom(String tekst, int positie) {
        return positie - tekst.lastIndexOf('\n', positie - 1);
    }
}
