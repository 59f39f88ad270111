package nl.bzk.spreiding.dossier.service;

import java.util.List;
import java.util.stream.Collectors;
import nl.bzk.spreiding.dossier.entity.Beoordeling;
import nl.bzk.spreiding.dossier.entity.Briefdossier;
import nl.bzk.spreiding.dossier.entity.Opmerking;
import nl.bzk.spreiding.dossier.entity.Routestap;
import nl.bzk.spreiding.notificatie.Bericht;

/** The Dutch texts of the workflow's e-mails: what waits, for whom, and where to find it. Names, never codes. */
final class Berichten {

    private static final String SLOT =
            "\n\nDit bericht is automatisch verstuurd door Spreiding rijkswerkgelegenheid; u kunt er niet op antwoorden.";

    private Berichten() {}

    static String dossier(Briefdossier d) {
        return "het briefdossier over de stand van de spreiding van de rijkswerkgelegenheid " + d.getJaar();
    }

    static Bericht terParafering(
            Briefdossier d, Routestap s, String opsteller, String adres, List<Bericht.Ontvanger> aan) {
        return new Bericht(
                aan,
                "Ter parafering: briefdossier stand spreiding " + d.getJaar() + ", versie " + d.getHuidigeVersie(),
                "Goedendag,\n\nVersie " + d.getHuidigeVersie() + " van " + dossier(d) + " (cijfers op 1 januari "
                        + d.getJaar()
                        + ") wacht op uw paraaf als " + s.getFunctie() + " (stap " + d.getStapNummer() + " van "
                        + d.getRoute().size()
                        + "). Opgesteld door " + opsteller
                        + ".\n\nBekijk de Kamerbrief, bijlage 1 en 2 en de beslisnota en parafeer, "
                        + "of stuur het dossier terug met uw opmerkingen:\n" + adres + SLOT);
    }

    static Bericht klaarVoorOndertekening(Briefdossier d, String adres, List<Bericht.Ontvanger> aan) {
        return new Bericht(
                aan,
                "Klaar voor ondertekening: briefdossier stand spreiding " + d.getJaar(),
                "Goedendag,\n\nAlle paraafhouders hebben versie " + d.getHuidigeVersie() + " van " + dossier(d)
                        + " goedgekeurd. De set wacht op uw ondertekening:\n" + adres + SLOT);
    }

    static Bericht teruggestuurd(Briefdossier d, Beoordeling b, String adres, List<Bericht.Ontvanger> aan) {
        String opmerkingen = b.getOpmerkingen().stream()
                .map(o -> "- " + o.getOnderwerpLabel() + ": " + o.getTekst())
                .collect(Collectors.joining("\n"));
        return new Bericht(
                aan,
                "Teruggestuurd: briefdossier stand spreiding " + d.getJaar() + ", versie " + b.getVersie(),
                "Goedendag,\n\n" + b.getNaam() + " (" + b.getFunctie() + ") heeft versie " + b.getVersie() + " van "
                        + dossier(d)
                        + " teruggestuurd met deze opmerkingen:\n\n" + opmerkingen
                        + "\n\nVerwerk de opmerkingen, maak een nieuwe versie en dien die opnieuw in:\n" + adres
                        + SLOT);
    }

    static Bericht ondertekend(Briefdossier d, String ondertekenaar, String adres, List<Bericht.Ontvanger> aan) {
        return new Bericht(
                aan,
                "Ondertekend: briefdossier stand spreiding " + d.getJaar(),
                "Goedendag,\n\n" + ondertekenaar + " heeft versie " + d.getHuidigeVersie() + " van " + dossier(d)
                        + " ondertekend. De Kamerbrief, bijlage 1 en 2 en de beslisnota met de parafen staan in het archief:\n"
                        + adres + SLOT);
    }

    static String opmerkingen(List<Opmerking> o) {
        return o.stream().map(x -> x.getOnderwerpLabel() + ": " + x.getTekst()).collect(Collectors.joining(" | "));
    }
}
