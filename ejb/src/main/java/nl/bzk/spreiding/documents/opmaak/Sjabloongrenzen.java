package nl.bzk.spreiding.documents.opmaak;

import com.sun.management.ThreadMXBean;
import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.core.TemplateProcessingTracer;
import freemarker.template.Template;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a template may cost, so that a template written by a user can neither run for ever, fill the memory nor recurse
 * until the log fills, and never slows other users down for long.
 * <ul>
 *   <li>Before it runs: built-ins that can make a huge value in one step ({@code ?left_pad}, {@code ?right_pad}) or
 *       run text as a template ({@code ?interpret}, {@code ?eval}) are refused, and a range ({@code 1..n}) needs whole
 *       numbers as both ends with at most {@link #MAX_BEREIK} steps.</li>
 *   <li>While it runs (FreeMarker's processing tracer, called for every element it enters): a time limit, a limit on
 *       the memory the rendering thread allocates, a limit on the nesting depth (recursion), besides the output cap.</li>
 * </ul>
 * Every refusal names the line and column of the element where the limit was reached.
 * <p>
 * The static check walks FreeMarker's parsed tree ({@code Template.getRootTreeNode}), which FreeMarker marks deprecated
 * as "may change between versions"; the version is pinned and SjabloongrenzenTest fails the build if an upgrade changes it.
 */
@SuppressWarnings("deprecation")
public final class Sjabloongrenzen implements TemplateProcessingTracer {

    /** Wall-clock time for one rendering of the markup (documents take far less than a second). */
    public static final long MAX_DUUR_MS = 5_000;
    /** Bytes the rendering thread may allocate while filling the template (the default Kamerbrief: about 11 MB). */
    public static final long MAX_GEALLOCEERD = 256L * 1024 * 1024;
    /** Elements nested inside each other, macro calls included (the default templates reach about 10). */
    public static final int MAX_DIEPTE = 200;

    public static final int MAX_BEREIK = 10_000;

    static final Set<String> VERBODEN_BUILTINS =
            Set.of("left_pad", "right_pad", "interpret", "eval", "eval_json", "api", "new");
    private static final Pattern BUILTIN = Pattern.compile("\\?\\s*([A-Za-z_]+)");
    private static final Pattern BEREIK = Pattern.compile("\\.\\.[<!*]?");
    private static final Pattern LETTERLIJK_BEREIK = Pattern.compile("(-?\\d+)\\s*\\.\\.[<!]?\\s*(-?\\d+)");
    private static final Pattern TEKENREEKS = Pattern.compile("r?\"(?:[^\"\\\\]|\\\\.)*\"|r?'(?:[^'\\\\]|\\\\.)*'");
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long begin = System.nanoTime();
    private final long gealloceerdBijBegin = THREADS.getCurrentThreadAllocatedBytes();
    private int diepte;
    private int regel;
    private int kolom;

    /** Where the template was when it stopped (for the output cap, which the writer detects). */
    Integer regel() {
        return regel == 0 ? null : regel;
    }

    Integer kolom() {
        return kolom == 0 ? null : kolom;
    }

    /** Refuses what a template may not contain, before it runs. */
    static void toets(Template template) {
        toets(template.getRootTreeNode());
    }

    private static void toets(TemplateElement element) {
        if (!"TextBlock".equals(element.getClass().getSimpleName())) {
            String code = TEKENREEKS.matcher(element.getDescription()).replaceAll("\"\"");
            Matcher builtin = BUILTIN.matcher(code);
            while (builtin.find()) {
                if (VERBODEN_BUILTINS.contains(builtin.group(1))) {
                    throw fout(element, "?" + builtin.group(1) + " is in sjablonen niet toegestaan");
                }
            }
            int bereiken = (int) BEREIK.matcher(code).results().count();
            Matcher letterlijk = LETTERLIJK_BEREIK.matcher(code);
            int goed = 0;
            while (letterlijk.find()) {
                if (Math.abs(Long.parseLong(letterlijk.group(2)) - Long.parseLong(letterlijk.group(1))) > MAX_BEREIK) {
                    throw fout(element, "een bereik mag hoogstens " + MAX_BEREIK + " stappen hebben");
                }
                goed++;
            }
            if (bereiken > goed) {
                throw fout(element, "een bereik (..) heeft gehele getallen als begin en eind nodig, zoals 1..10");
            }
        }
        for (int i = 0; i < element.getChildCount(); i++) {
            toets((TemplateElement) element.getChildAt(i));
        }
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        regel = element.getBeginLine();
        kolom = element.getBeginColumn();
        if (++diepte > MAX_DIEPTE) {
            throw fout(
                    element,
                    "het sjabloon gaat dieper dan " + MAX_DIEPTE
                            + " niveaus (een macro die zichzelf blijft aanroepen?)");
        }
        if (System.nanoTime() - begin > MAX_DUUR_MS * 1_000_000) {
            throw fout(
                    element,
                    "het invullen duurt langer dan " + MAX_DUUR_MS / 1000
                            + " seconden; controleer de lussen in het sjabloon");
        }
        if (THREADS.getCurrentThreadAllocatedBytes() - gealloceerdBijBegin > MAX_GEALLOCEERD) {
            throw fout(
                    element,
                    "het invullen gebruikt meer dan " + MAX_GEALLOCEERD / (1024 * 1024)
                            + " MB geheugen; controleer lussen die tekst opbouwen");
        }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        diepte--;
    }

    private static SjabloonFout fout(TemplateElement element, String melding) {
        return new SjabloonFout(element.getBeginLine(), element.getBeginColumn(), melding);
    }

    private static Grens fout(TracedElement element, String melding) {
        return new Grens(new SjabloonFout(element.getBeginLine(), element.getBeginColumn(), melding));
    }

    /**
     * Carries the refusal out of FreeMarker unchanged (an Error is not caught by #attempt or wrapped by FreeMarker), so a
     * template cannot swallow it; Sjabloonmotor turns it back into the SjabloonFout.
     */
    static final class Grens extends Error {
        final SjabloonFout fout;

        Grens(SjabloonFout fout) {
            super(fout.getMessage(), null, false, false);
            this.fout = fout;
        }
    }
}
