package nl.bzk.spreiding.documents.opmaak;

import nl.bzk.spreiding.platform.Fout;

/** A template that cannot be turned into a document, with the place in the template text where it went wrong. */
public class SjabloonFout extends Fout {

    private final Integer regel;
    private final Integer kolom;

    public SjabloonFout(Integer regel, Integer kolom, String melding) {
        super(Soort.ONGELDIG, plaats(regel, kolom) + melding, new Plaats(regel, kolom), null);
        this.regel = regel;
        this.kolom = kolom;
    }

    private static String plaats(Integer regel, Integer kolom) {
        if (regel == null) {
            return "Fout in het sjabloon: ";
        }
        return "Fout in het sjabloon op regel " + regel + (kolom == null ? "" : ", kolom " + kolom) + ": ";
    }

    public Integer getRegel() {
        return regel;
    }

    public Integer getKolom() {
        return kolom;
    }
}
