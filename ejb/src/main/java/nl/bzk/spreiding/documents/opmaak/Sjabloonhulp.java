package nl.bzk.spreiding.documents.opmaak;

import freemarker.core.Environment;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.bzk.spreiding.figures.service.Afronding;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.referentie.entity.Benaming;

/**
 * The functions a template author has for the letter's own phrasing (docs/documents.md, "Hulpfuncties"):
 * <ul>
 *   <li>{@code noem(organisatie[, toevoeging])}: "het Centraal Justitieel Incassobureau (CJIB, 323 fte)" the first
 *       time in the document, "het CJIB (22 fte)" after that (the rule is {@link Benaming}'s);</li>
 *   <li>{@code genoemd("DJI", …)}: records that the text already introduced these organisations; prints nothing;</li>
 *   <li>{@code ongeveer(getal, "procent"|"fte")}: "bijna 80 procent", "ruim 17.500 fte" (rule: {@link Afronding#ongeveer}).</li>
 *   <li>{@code procent1(getal)}: a percentage in a table, always one decimal ("3,0", "– 2,5"; half up), so a column
 *       reads evenly (issue 31); "–" for none.</li>
 * </ul>
 * Each document gets fresh functions, so "first mention" is per document and the same snapshot gives the same text.
 */
final class Sjabloonhulp {

    private Sjabloonhulp() {}

    static void voegToe(Environment omgeving) {
        Set<String> genoemd = new HashSet<>();
        omgeving.setGlobalVariable("noem", (TemplateMethodModelEx) argumenten -> noem(argumenten, genoemd));
        omgeving.setGlobalVariable("genoemd", (TemplateMethodModelEx) argumenten -> {
            for (Object a : argumenten) {
                genoemd.add(tekst((TemplateModel) a, "genoemd"));
            }
            return new SimpleScalar("");
        });
        omgeving.setGlobalVariable("procent1", (TemplateMethodModelEx) argumenten -> {
            if (argumenten.size() != 1) {
                throw new TemplateModelException("procent1(getal) verwacht één getal");
            }
            if (!(argumenten.get(0) instanceof TemplateNumberModel getal)) {
                return new SimpleScalar("–");
            }
            BigDecimal waarde = new BigDecimal(getal.getAsNumber().toString()).setScale(1, RoundingMode.HALF_UP);
            return new SimpleScalar(Nederlands.getal(waarde, 1));
        });
        omgeving.setGlobalVariable("ongeveer", (TemplateMethodModelEx) argumenten -> {
            if (argumenten.size() != 2 || !(argumenten.get(0) instanceof TemplateNumberModel getal)) {
                throw new TemplateModelException(
                        "ongeveer(getal, \"procent\" of \"fte\") verwacht een getal en een eenheid");
            }
            BigDecimal waarde = new BigDecimal(getal.getAsNumber().toString());
            return new SimpleScalar(Afronding.ongeveer(waarde, tekst((TemplateModel) argumenten.get(1), "ongeveer")));
        });
    }

    private static SimpleScalar noem(List<?> argumenten, Set<String> genoemd) throws TemplateModelException {
        if (argumenten.isEmpty()
                || argumenten.size() > 2
                || !(argumenten.get(0) instanceof TemplateHashModel organisatie)) {
            throw new TemplateModelException(
                    "noem(organisatie) of noem(organisatie, toevoeging) verwacht een organisatie "
                            + "met naam, en zo nodig afkorting en lidwoord (zoals een element van bijdragen)");
        }
        String naam = veld(organisatie, "naam");
        if (naam == null) {
            throw new TemplateModelException("noem(…): de organisatie heeft geen naam");
        }
        Benaming b = new Benaming(naam, veld(organisatie, "afkorting"), veld(organisatie, "lidwoord"));
        String toevoeging = argumenten.size() == 2 ? tekst((TemplateModel) argumenten.get(1), "noem") : null;
        String sleutel = veld(organisatie, "code") != null ? veld(organisatie, "code") : naam;
        // Mentioned before under its code or its abbreviation (genoemd("DJI") after a sentence that introduced it).
        boolean eerste = !genoemd.contains(sleutel) && (b.afkorting() == null || !genoemd.contains(b.afkorting()));
        genoemd.add(sleutel);
        if (b.afkorting() != null) {
            genoemd.add(b.afkorting());
        }
        return new SimpleScalar(eerste ? b.eersteVermelding(toevoeging) : b.latereVermelding(toevoeging));
    }

    private static String veld(TemplateHashModel hash, String naam) throws TemplateModelException {
        TemplateModel w = hash.get(naam);
        return w instanceof TemplateScalarModel s && !s.getAsString().isBlank() ? s.getAsString() : null;
    }

    private static String tekst(TemplateModel model, String functie) throws TemplateModelException {
        if (model instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        if (model instanceof TemplateNumberModel n) {
            return n.getAsNumber().toString();
        }
        throw new TemplateModelException(functie + "(…) verwacht hier tekst");
    }
}
