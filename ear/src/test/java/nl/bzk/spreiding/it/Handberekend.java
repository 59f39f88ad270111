package nl.bzk.spreiding.it;

import static nl.bzk.spreiding.it.Aanleverproces.regel;

import java.net.URL;

/**
 * The small data set whose figures are computed by hand in CijfersIT and DocumentenIT: two rounds (a year and the
 * next), three ministries. Each test class loads it under its own years so the classes stay independent.
 */
final class Handberekend {

    private Handberekend() {}

    static void laad(URL basis, int jaar) {
        int volgend = jaar + 1;
        Aanleverproces p = new Aanleverproces(basis);
        Api jenv = Api.als(basis, "contact.jenv");
        Api fin = Api.als(basis, "contact.fin");
        Api def = Api.als(basis, "contact.def");
        p.openRonde(jaar, 30);
        p.aanleverenEnGoedkeuren(
                jenv,
                jaar,
                regel("CJIB", "PV21", "100", "start"),
                regel("DJI", "PV22", "200", "start"),
                regel("JENV-BD", "PV28", "700", "start"));
        p.aanleverenEnGoedkeuren(fin, jaar, regel("BD", "PV28", "1000", "start"), regel("BD", "PV26", "500", "start"));
        p.aanleverenEnGoedkeuren(def, jaar, regel("DEF-CLAS", "PV22", "500", "start"));
        // The three ministries are the round's whole field, and the round is closed: the year is definitief (issue 31).
        p.sluitMetVerwacht(jaar, "JENV", "FIN", "DEF");
        p.openRonde(volgend, 30);
        p.aanleverenEnGoedkeuren(
                jenv,
                volgend,
                regel("CJIB", "PV21", "423", "Nieuwe wettelijke taken", "430", "440", "450", "460", "470"),
                regel("DJI", "PV22", "210", null),
                regel("JENV-BD", "PV28", "700", null));
        p.aanleverenEnGoedkeuren(fin, volgend, regel("BD", "PV28", "1100", "Box 3"), regel("BD", "PV26", "460", null));
        p.aanleverenEnGoedkeuren(
                def, volgend, regel("DEF-CLAS", "PV22", "534", null), regel("DEF-CLAS", "NTD", "10", null));
        p.sluitMetVerwacht(volgend, "JENV", "FIN", "DEF");
    }
}
