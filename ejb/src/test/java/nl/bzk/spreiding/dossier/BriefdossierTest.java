package nl.bzk.spreiding.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.dossier.entity.Beoordeling;
import nl.bzk.spreiding.dossier.entity.Briefdossier;
import nl.bzk.spreiding.dossier.entity.Briefgegevens;
import nl.bzk.spreiding.dossier.entity.Deelnemer;
import nl.bzk.spreiding.dossier.entity.DossierStatus;
import nl.bzk.spreiding.dossier.entity.Dossierversie;
import nl.bzk.spreiding.dossier.entity.Herstart;
import nl.bzk.spreiding.dossier.entity.Opmerking;
import nl.bzk.spreiding.dossier.entity.Routestap;
import nl.bzk.spreiding.dossier.entity.Tekstblok;
import nl.bzk.spreiding.dossier.service.Standaardroute;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.security.entity.Rol;
import org.junit.jupiter.api.Test;

/** The route's rules, as the dossier entity decides them: states, four-eyes, stale versions, restart, signing. */
class BriefdossierTest {

    private static final OffsetDateTime NU = OffsetDateTime.parse("2026-05-01T10:00:00+02:00");
    private static final Set<Rol> COORD = Set.of(Rol.BZK_COORDINATOR);
    private static final Set<Rol> TEKENAAR = Set.of(Rol.ONDERTEKENAAR);

    private static Briefdossier dossier(Herstart herstart) {
        return metBriefgegevens(new Briefdossier(
                2025,
                "2025",
                "opsteller",
                Standaardroute.lees("Afdelingshoofd=BZK_COORDINATOR;Directeur=@directeur"),
                herstart,
                "De Minister",
                "M. de Jong",
                null,
                null,
                null,
                NU));
    }

    /** The letter's details a dossier needs before it goes the route (issue 31); "minister" signs. */
    private static Briefdossier metBriefgegevens(Briefdossier d) {
        d.wijzigBriefgegevens(
                new Briefgegevens(
                        "31 490",
                        "2024-2025",
                        "2025-0000123",
                        "Stand van zaken spreiding rijkswerkgelegenheid",
                        null,
                        "minister",
                        "De Minister van Binnenlandse Zaken en Koninkrijksrelaties",
                        "M. de Jong"),
                "opsteller");
        return d;
    }

    private static Deelnemer p(String wie, String naam, Set<Rol> rollen) {
        return new Deelnemer(wie, naam, rollen, null);
    }

    private static Dossierversie versie(Briefdossier d, String wie) {
        Map<Documentsoort, Long> docs = new EnumMap<>(Documentsoort.class);
        for (Documentsoort s : Documentsoort.values()) {
            docs.put(s, (long) s.ordinal());
        }
        return d.nieuweVersie(wie, NU, docs);
    }

    @Test
    void deRouteLooptStapVoorStapEnDanOndertekenen() {
        Briefdossier d = dossier(Herstart.OPNIEUW);
        d.wijzigTekst(Tekstblok.KERN, "Kern.", "opsteller", NU);
        Dossierversie v = versie(d, "opsteller");
        d.dienIn(1);
        assertEquals(DossierStatus.IN_BEOORDELING, d.getStatus());
        assertEquals(1, d.getStapNummer());
        Beoordeling b = d.keurGoed(v, p("anna", "Anna", COORD), Set.of(), NU, List.of());
        assertEquals("Afdelingshoofd", b.getFunctie());
        // step 2 is for one named user only
        assertThrows(Fout.class, () -> d.keurGoed(v, p("kees", "Kees", COORD), Set.of("anna"), NU, List.of()));
        assertFalse(d.magBeoordelen(v, p("kees", "kees", COORD)));
        assertTrue(d.magBeoordelen(v, p("directeur", "directeur", Set.of())));
        d.keurGoed(v, p("directeur", "Joost", Set.of()), Set.of("anna"), NU, List.of());
        assertEquals(DossierStatus.GOEDGEKEURD, d.getStatus());
        assertThrows(
                Fout.class,
                () -> d.onderteken(v, p("anna", "anna", COORD), Set.of(), NU, 9L, Map.of()),
                "no signing role");
        // Separation of duties (issue 30): whoever approved a step does not also sign, even holding the signer's role.
        Set<String> geparafeerd = Set.of("anna", "directeur");
        assertFalse(d.magOndertekenen(v, p("directeur", "directeur", TEKENAAR), geparafeerd));
        Fout dubbel = assertThrows(
                Fout.class,
                () -> d.onderteken(v, p("directeur", "directeur", TEKENAAR), geparafeerd, NU, 9L, Map.of()));
        assertEquals(Fout.Soort.GEEN_TOEGANG, dubbel.getSoort());
        assertTrue(dubbel.getMessage().contains("geparafeerd"), dubbel.getMessage());
        assertEquals(
                dubbel.getMessage(),
                d.waaromNietOndertekenen(v, p("directeur", "directeur", TEKENAAR), geparafeerd)
                        .getMessage(),
                "one answer for the page and the command");
        assertTrue(d.magOndertekenen(v, p("minister", "minister", TEKENAAR), geparafeerd));
        d.onderteken(v, p("minister", "minister", TEKENAAR), geparafeerd, NU, 9L, Map.of());
        assertEquals(DossierStatus.ONDERTEKEND, d.getStatus());
        assertThrows(Fout.class, () -> d.wijzigTekst(Tekstblok.KERN, "Later.", "opsteller", NU));
        assertThrows(Fout.class, () -> versie(d, "opsteller"));
    }

    @Test
    void wieMeeschreefParafeertNietEnOndertekentNiet() {
        Briefdossier d = dossier(Herstart.OPNIEUW);
        d.wijzigTekst(Tekstblok.AANLEIDING, "Door een collega.", "collega", NU);
        Dossierversie v = versie(d, "opsteller");
        assertEquals(Set.of("collega", "opsteller"), v.getBijdragers());
        d.dienIn(1);
        Fout eigen = assertThrows(Fout.class, () -> d.keurGoed(v, p("opsteller", "O", COORD), Set.of(), NU, List.of()));
        assertEquals(Fout.Soort.GEEN_TOEGANG, eigen.getSoort());
        assertThrows(Fout.class, () -> d.keurGoed(v, p("collega", "C", COORD), Set.of(), NU, List.of()));
        assertEquals(1, d.getStapNummer(), "nothing moved");
        d.keurGoed(v, p("anna", "Anna", COORD), Set.of(), NU, List.of());
        d.keurGoed(v, p("directeur", "Joost", COORD), Set.of("anna"), NU, List.of());
        assertFalse(d.magOndertekenen(
                v, p("collega", "collega", Set.of(Rol.ONDERTEKENAAR, Rol.BZK_COORDINATOR)), Set.of()));
        assertThrows(
                Fout.class,
                () -> d.onderteken(v, p("collega", "collega", Set.of(Rol.ONDERTEKENAAR)), Set.of(), NU, 1L, Map.of()));
    }

    /**
     * Issue 30, finding 3: an account created or given its role after the version was made takes no step on it (an
     * administrator cannot make a reviewer or a signer for a letter that already waits); the same answer for the page
     * (mag...) and the command.
     */
    @Test
    void wieZijnRolNaDeVersieKreegNeemtGeenStapInDieVersie() {
        Briefdossier d = dossier(Herstart.OPNIEUW);
        d.wijzigTekst(Tekstblok.KERN, "Kern.", "opsteller", NU);
        Dossierversie v = versie(d, "opsteller");
        d.dienIn(1);
        Deelnemer laat = new Deelnemer("nieuw", "Nieuw", COORD, NU.plusSeconds(1));
        assertFalse(d.magBeoordelen(v, laat));
        Fout geweigerd = assertThrows(Fout.class, () -> d.keurGoed(v, laat, Set.of(), NU, List.of()));
        assertEquals(Fout.Soort.GEEN_TOEGANG, geweigerd.getSoort());
        assertTrue(geweigerd.getMessage().contains("na het maken van versie 1"), geweigerd.getMessage());
        assertEquals(geweigerd.getMessage(), d.waaromNietBeoordelen(v, laat).getMessage());
        assertEquals(1, d.getStapNummer(), "nothing moved");
        Deelnemer opTijd = new Deelnemer("anna", "Anna", COORD, NU);
        assertTrue(d.magBeoordelen(v, opTijd), "a role held when the version was made (same second) counts");
        d.keurGoed(v, opTijd, Set.of(), NU, List.of());
        d.keurGoed(v, p("directeur", "Joost", Set.of()), Set.of("anna"), NU, List.of());
        Deelnemer nieuweTekenaar = new Deelnemer("minister", "Minister", TEKENAAR, NU.plusDays(1));
        assertFalse(d.magOndertekenen(v, nieuweTekenaar, Set.of("anna", "directeur")));
        assertThrows(Fout.class, () -> d.onderteken(v, nieuweTekenaar, Set.of("anna", "directeur"), NU, 9L, Map.of()));
        assertEquals(DossierStatus.GOEDGEKEURD, d.getStatus());
        assertEquals(Fout.Soort.CONFLICT, d.waaromNietVervangen("reden").getSoort(), "only a signed set is replaced");
        d.onderteken(
                v,
                new Deelnemer("minister", "Minister", TEKENAAR, NU.minusDays(3)),
                Set.of("anna", "directeur"),
                NU,
                9L,
                Map.of(Documentsoort.KAMERBRIEF, 41L));
        assertEquals(DossierStatus.ONDERTEKEND, d.getStatus());
        assertEquals(Map.of(Documentsoort.KAMERBRIEF, 41L), d.getArchiefstukken());

        // Issue 31: a signed year is corrected by a replacement with a reason, never by changing the signed dossier.
        Fout zonderReden = assertThrows(Fout.class, () -> d.vervanging(" ", "bert", NU));
        assertEquals(Fout.Soort.ONGELDIG, zonderReden.getSoort());
        Briefdossier nieuw = d.vervanging(" Tabel 3 telde Flevoland dubbel ", "bert", NU);
        assertEquals(d.getJaar(), nieuw.getJaar());
        assertEquals(2, nieuw.getVolgnummer());
        assertEquals("Tabel 3 telde Flevoland dubbel", nieuw.getVervangingsreden());
        assertEquals(DossierStatus.IN_BEWERKING, nieuw.getStatus());
        assertEquals(d.tekst(Tekstblok.KERN), nieuw.tekst(Tekstblok.KERN));
        assertEquals(d.getRoute().size(), nieuw.getRoute().size());
        assertEquals(Map.of(), nieuw.getArchiefstukken());
        assertEquals(DossierStatus.ONDERTEKEND, d.getStatus(), "the signed dossier stays as it is");
    }

    @Test
    void eenPersoonParafeertEenVersieEenKeer() {
        Briefdossier d = metBriefgegevens(new Briefdossier(
                2025,
                "2025",
                "opsteller",
                Standaardroute.lees("A=BZK_COORDINATOR;B=BZK_COORDINATOR"),
                Herstart.OPNIEUW,
                "De Minister",
                "M. de Jong",
                null,
                null,
                null,
                NU));
        Dossierversie v = versie(d, "opsteller");
        d.dienIn(1);
        d.keurGoed(v, p("anna", "Anna", COORD), Set.of(), NU, List.of());
        assertThrows(Fout.class, () -> d.keurGoed(v, p("anna", "Anna", COORD), Set.of("anna"), NU, List.of()));
        assertEquals(DossierStatus.IN_BEOORDELING, d.getStatus());
    }

    @Test
    void terugsturenVraagtEenOpmerkingEnEenVerouderdeVersieWordtGeweigerd() {
        Briefdossier d = dossier(Herstart.OPNIEUW);
        Dossierversie v1 = versie(d, "opsteller");
        d.dienIn(1);
        assertThrows(Fout.class, () -> d.stuurTerug(v1, p("anna", "Anna", COORD), NU, List.of()));
        d.stuurTerug(v1, p("anna", "Anna", COORD), NU, List.of(new Opmerking("STIP_OP_DE_HORIZON", "Aanvullen.")));
        assertEquals(DossierStatus.IN_BEWERKING, d.getStatus());
        Fout f = assertThrows(Fout.class, () -> d.dienIn(1), "a returned version is not submitted again");
        assertTrue(f.getMessage().contains("maak een nieuwe versie"), f.getMessage());
        assertTrue(d.isTeruggestuurd());
    }

    @Test
    void herstartVanafDeTerugsturendeStap() {
        Briefdossier opnieuw = dossier(Herstart.OPNIEUW);
        Briefdossier vanaf = dossier(Herstart.VANAF_TERUGSTURENDE_STAP);
        for (Briefdossier d : List.of(opnieuw, vanaf)) {
            Dossierversie v1 = versie(d, "opsteller");
            d.dienIn(1);
            d.keurGoed(v1, p("anna", "Anna", COORD), Set.of(), NU, List.of());
            d.stuurTerug(v1, p("directeur", "Joost", Set.of()), NU, List.of(new Opmerking(null, "Nee.")));
            Dossierversie v2 = versie(d, "opsteller");
            // deciding on version 1 now is refused
            assertThrows(Fout.class, () -> d.keurGoed(v1, p("directeur", "Joost", Set.of()), Set.of(), NU, List.of()));
            assertThrows(Fout.class, () -> d.dienIn(1));
            d.dienIn(2);
            assertEquals(v2.getNummer(), d.getHuidigeVersie());
        }
        assertEquals(1, opnieuw.getStapNummer());
        assertEquals(2, vanaf.getStapNummer());
    }

    @Test
    void gewijzigdeTekstenEerstInEenVersie() {
        Briefdossier d = dossier(Herstart.OPNIEUW);
        assertThrows(Fout.class, () -> d.dienIn(0), "no version yet");
        versie(d, "opsteller");
        d.wijzigTekst(Tekstblok.KERN, "Na de versie.", "opsteller", NU);
        Fout f = assertThrows(Fout.class, () -> d.dienIn(1));
        assertTrue(f.getMessage().contains("maak eerst een nieuwe versie"), f.getMessage());
    }

    @Test
    void statusovergangen() {
        assertTrue(DossierStatus.IN_BEWERKING.magNaar(DossierStatus.IN_BEOORDELING));
        assertFalse(DossierStatus.IN_BEWERKING.magNaar(DossierStatus.GOEDGEKEURD));
        assertFalse(DossierStatus.IN_BEWERKING.magNaar(DossierStatus.ONDERTEKEND));
        assertFalse(DossierStatus.IN_BEOORDELING.magNaar(DossierStatus.ONDERTEKEND));
        for (DossierStatus s : DossierStatus.values()) {
            assertFalse(DossierStatus.ONDERTEKEND.magNaar(s));
        }
    }

    @Test
    void routeUitDeConfiguratieEnFouteInvoer() {
        List<Routestap> r = Standaardroute.lees("Afdelingshoofd=BZK_COORDINATOR; Directeur=@j.mulder");
        assertEquals(2, r.size());
        assertEquals(Rol.BZK_COORDINATOR, r.get(0).getRol());
        assertEquals("j.mulder", r.get(1).getGebruiker());
        assertThrows(Fout.class, () -> Standaardroute.lees("Afdelingshoofd"));
        assertThrows(Fout.class, () -> Standaardroute.lees("Afdelingshoofd=GEEN_ROL"));
        assertThrows(Fout.class, () -> Standaardroute.lees("Archief=ARCHIVIST"));
        assertThrows(Fout.class, () -> dossier(Herstart.OPNIEUW).wijzigRoute(List.of(), Herstart.OPNIEUW));
    }

    @Test
    void tekstIsBegrensdEnWordtAlineas() {
        Briefdossier d = dossier(Herstart.OPNIEUW);
        assertThrows(
                Fout.class, () -> d.wijzigTekst(Tekstblok.KERN, "x".repeat(Tekstblok.MAX_LENGTE + 1), "opsteller", NU));
        assertEquals(
                List.of("Eerste regel loopt door.", "Tweede alinea."),
                Tekstblok.alineas("Eerste regel\nloopt door.\n\n  \nTweede alinea.\n"));
        d.wijzigTekst(Tekstblok.KERN, "Een.\n\nTwee.", "opsteller", NU);
        assertEquals(List.of("Een.", "Twee."), d.tekstenVoorMomentopname().get("kern"));
        assertEquals(List.of(), d.tekstenVoorMomentopname().get("casussen"));
        assertThrows(IllegalArgumentException.class, () -> new Opmerking("ONBEKEND", "x"));
        assertEquals("Tekstblok Stip op de horizon", new Opmerking("stip_op_de_horizon", "x").getOnderwerpLabel());
        assertEquals("Beslisnota", new Opmerking("BESLISNOTA", "x").getOnderwerpLabel());
    }

    /**
     * Issue 31: a letter goes the route only with its Kamerstuk, kenmerk, Betreft and signatory; a change of them
     * after a version asks for a new version; only the chosen signatory signs.
     */
    @Test
    void briefgegevensVerplichtVoorIndienenEnAlleenDeGekozenOndertekenaarTekent() {
        Briefdossier d = new Briefdossier(
                2025,
                "2025",
                "opsteller",
                Standaardroute.lees("Afdelingshoofd=BZK_COORDINATOR"),
                Herstart.OPNIEUW,
                "De Minister",
                null,
                null,
                null,
                null,
                NU);
        versie(d, "opsteller");
        Fout mist = assertThrows(Fout.class, () -> d.dienIn(1));
        assertEquals(
                "Vul eerst de briefgegevens in: Kamerstuk, kenmerk, Betreft en ondertekenaar; wijzig ze en maak daarna "
                        + "een nieuwe versie",
                mist.getMessage());
        metBriefgegevens(d);
        Fout gewijzigd = assertThrows(Fout.class, () -> d.dienIn(1), "details changed after version 1");
        assertTrue(gewijzigd.getMessage().contains("gewijzigd na versie 1"), gewijzigd.getMessage());
        Dossierversie v2 = versie(d, "opsteller");
        d.dienIn(2);
        d.keurGoed(v2, p("anna", "Anna", COORD), Set.of(), NU, List.of());
        Fout ander = d.waaromNietOndertekenen(v2, p("staatssecretaris", "S", TEKENAAR), Set.of("anna"));
        assertEquals(
                "Deze brief ondertekent M. de Jong; alleen de gekozen ondertekenaar kan haar ondertekenen",
                ander.getMessage());
        assertTrue(d.magOndertekenen(v2, p("minister", "M. de Jong", TEKENAAR), Set.of("anna")));
        assertThrows(
                Fout.class,
                () -> d.wijzigBriefgegevens(
                        new Briefgegevens("x", null, "x", "x", null, "minister", null, "M"), "opsteller"),
                "not while in review");
    }
}
