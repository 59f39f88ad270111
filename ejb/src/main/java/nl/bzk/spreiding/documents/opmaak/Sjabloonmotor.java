package nl.bzk.spreiding.documents.opmaak;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a document template (FreeMarker, edited by BZK staff in the browser) and a data snapshot into document markup.
 *
 * <p>Templates come from users, so the engine is closed down: the data model holds only maps, lists, texts, numbers
 * and booleans (no Java objects whose methods could be called), {@code ?new} and {@code ?api} are off, there is no
 * template loader (no {@code #include} or {@code #import} of files), and output is XML-escaped so data cannot inject
 * markup. Output is capped, and {@link Sjabloongrenzen} refuses what could run away (huge built-ins, open ranges) and
 * bounds time, memory and nesting depth while the template is filled.
 */
public final class Sjabloonmotor {

    static final int MAXIMALE_UITVOER = 4_000_000;

    private static final Configuration CONFIGURATIE = configuratie();

    private Sjabloonmotor() {}

    private static Configuration configuratie() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setLocale(Locale.forLanguageTag("nl-NL"));
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(XMLOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(false);
        c.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setTemplateLoader(new StringTemplateLoader());
        c.setLocalizedLookup(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setNumberFormat("#,##0.###");
        c.setBooleanFormat("ja,nee");
        return c;
    }

    /** Checks the syntax and what a template may contain; the error names line and column. */
    public static void controleer(String sjabloon) {
        compileer(sjabloon);
    }

    public static String vul(String sjabloon, Map<String, Object> gegevens) {
        Template t = compileer(sjabloon);
        Writer uit = new BegrensdeSchrijver(MAXIMALE_UITVOER);
        Sjabloongrenzen grenzen = new Sjabloongrenzen();
        try {
            Environment omgeving = t.createProcessingEnvironment(gegevens, uit);
            omgeving.setTemplateProcessingTracer(grenzen);
            Sjabloonhulp.voegToe(omgeving);
            omgeving.process();
        } catch (Sjabloongrenzen.Grens grens) {
            throw grens.fout;
        } catch (StackOverflowError e) {
            throw new SjabloonFout(null, null, "het sjabloon gaat te diep (een macro die zichzelf blijft aanroepen?)");
        } catch (TemplateException e) {
            if (teGroot(e)) {
                throw teGroot(e.getLineNumber(), e.getColumnNumber());
            }
            throw new SjabloonFout(e.getLineNumber(), e.getColumnNumber(), uitleg(e));
        } catch (RuntimeException e) {
            if (teGroot(e)) {
                throw teGroot(grenzen.regel(), grenzen.kolom());
            }
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return uit.toString();
    }

    private static Template compileer(String sjabloon) {
        try {
            Template template =
                    new Template("sjabloon", new StringReader(sjabloon == null ? "" : sjabloon), CONFIGURATIE);
            Sjabloongrenzen.toets(template);
            Opmaakregels.toets(sjabloon);
            return template;
        } catch (ParseException e) {
            throw new SjabloonFout(e.getLineNumber(), e.getColumnNumber(), eersteRegel(e.getEditorMessage()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** FreeMarker's own message, without its multi-line stack of template frames and Java hints. */
    private static String uitleg(TemplateException e) {
        String m = e.getMessageWithoutStackTop();
        if (m == null) {
            m = e.getMessage();
        }
        int tip = m.indexOf("\n----");
        if (tip > 0) {
            m = m.substring(0, tip);
        }
        return zonderVersie(m.replaceAll("\\s+", " ").strip());
    }

    private static String eersteRegel(String m) {
        return m == null
                ? "onbekende syntaxfout"
                : zonderVersie(m.replaceAll("\\s+", " ").strip());
    }

    /** A message for the author, not a fingerprint of the server: FreeMarker's version number is left out. */
    static String zonderVersie(String m) {
        // "Unknown built-in" goes on with a link, "you're using FreeMarker 2.3.x" and the list of every built-in.
        int hulp = m.indexOf(" Help (latest version)");
        String kort = hulp > 0 ? m.substring(0, hulp) : m;
        return VERSIE.matcher(kort).replaceAll("FreeMarker");
    }

    private static final Pattern VERSIE = Pattern.compile("FreeMarker\\s+\\d+\\.\\d+(\\.\\d+)?([-.\\w]*)?");

    private static boolean teGroot(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UncheckedUitvoer) {
                return true;
            }
        }
        return false;
    }

    private static SjabloonFout teGroot(Integer regel, Integer kolom) {
        return new SjabloonFout(
                regel,
                kolom,
                "het document wordt groter dan " + MAXIMALE_UITVOER / 1_000_000
                        + " miljoen tekens; controleer de lussen in het sjabloon.");
    }

    private static final class BegrensdeSchrijver extends StringWriter {
        private final int max;

        BegrensdeSchrijver(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            bewaak(len);
            super.write(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) {
            bewaak(len);
            super.write(str, off, len);
        }

        @Override
        public void write(int c) {
            bewaak(1);
            super.write(c);
        }

        private void bewaak(int erbij) {
            if (getBuffer().length() + erbij > max) {
                throw new UncheckedUitvoer();
            }
        }
    }

    private static final class UncheckedUitvoer extends RuntimeException {}
}
