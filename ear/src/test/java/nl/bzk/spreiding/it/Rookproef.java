package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;

/**
 * The smoke subset of the integration suite, for an installation the suite did not start through Arquillian (the EAR on
 * Payara Server): every role signs in on the page and is let in where its role belongs and refused elsewhere; a
 * ministry's submission is filed and accepted; the letter set of a year goes the approval route and is signed; the
 * archivist verifies what was signed. Runs against the demo accounts (password "demo").
 */
final class Rookproef {

    /** Demo account, a page of its role, a page of another role. */
    record Rol(String gebruiker, String eigenPagina, String verbodenPagina) {}

    static final List<Rol> ROLLEN = List.of(
            new Rol("admin", "beheer/gebruikers.xhtml", "archief/index.xhtml"),
            new Rol("bzk", "bzk/rondes.xhtml", "beheer/gebruikers.xhtml"),
            new Rol("ondertekenaar", "dossier/taken.xhtml", "bzk/rondes.xhtml"),
            new Rol("archivaris", "archief/index.xhtml", "dossier/index.xhtml"),
            new Rol("contact.jenv", "cijfers/index.xhtml", "bzk/rondes.xhtml"));

    private final URL basis;

    Rookproef(URL basis) {
        this.basis = basis;
    }

    /** Page sign-in per role, the web module's and the EJB module's role checks (REST calls into the EJBs). */
    void aanmeldenPerRol() {
        for (Rol rol : ROLLEN) {
            Api pagina = Inlogformulier.inloggen(basis, rol.gebruiker(), Api.WACHTWOORD);
            Api.Antwoord eigen = pagina.get(rol.eigenPagina());
            assertEquals(200, eigen.status(), rol + ": " + eigen.body());
            assertEquals(403, pagina.get(rol.verbodenPagina()).status(), rol.toString());
        }
        // An EJB's @RolesAllowed, reached through REST: the audit trail is for coordinators and administrators.
        assertEquals(200, Api.als(basis, "bzk").get("api/audit?max=1").status());
        assertEquals(403, Api.als(basis, "contact.jenv").get("api/audit?max=1").status());
        assertEquals(401, Api.anoniem(basis).get("api/audit?max=1").status());
    }

    /** Justice and Security files one line in a new round, BZK accepts; the figures of the year show it. */
    void aanleveringIngediendEnGoedgekeurd(int jaar) {
        Aanleverproces p = new Aanleverproces(basis);
        p.openRonde(jaar, 30);
        p.aanleverenEnGoedkeuren(p.jenv(), jaar, Aanleverproces.regel("CJIB", "PV21", "123", "nieuw"));
        Api.Antwoord cijfers = p.bzk().get("api/cijfers/" + jaar);
        assertEquals(200, cijfers.status(), cijfers.body());
        assertEquals(123, cijfers.object().getJsonNumber("totaal").intValue(), cijfers.body());
    }

    /**
     * The letter set of {@code jaar} through the default route: the drafter makes the dossier and version 1 and
     * submits it, two reviewers approve, the signer signs.
     *
     * @return the dossier as signed
     */
    JsonObject briefsetOndertekend(int jaar) {
        Api bzk = Api.als(basis, "bzk");
        Api.Antwoord nieuw = bzk.post("api/dossiers", "{\"jaar\":" + jaar + ",\"ondertekenaarNaam\":\"M. de Jong\"}");
        assertEquals(201, nieuw.status(), nieuw.body());
        long slot = nieuw.object().getJsonNumber("versieSlot").longValue();
        // the letter's details a set needs before it goes the route (issue 31)
        Api.Antwoord brief = bzk.put(
                "api/dossiers/" + jaar + "/briefgegevens",
                "{\"kamerstuk\":\"31 490\",\"vergaderjaar\":\"" + jaar + "-" + (jaar + 1) + "\",\"kenmerk\":\"2025-0000"
                        + jaar + "\",\"betreft\":\"Stand van zaken spreiding rijkswerkgelegenheid\","
                        + "\"ondertekenaar\":\"ondertekenaar\",\"versieSlot\":" + slot + "}");
        assertEquals(200, brief.status(), brief.body());
        slot = brief.object().getJsonNumber("versieSlot").longValue();
        Api.Antwoord versie = bzk.post("api/dossiers/" + jaar + "/versies", "{\"versieSlot\":" + slot + "}");
        assertEquals(201, versie.status(), versie.body());
        assertEquals(4, versie.object().getJsonObject("documenten").size(), versie.body());
        besluit(bzk, jaar, "indienen");
        besluit(Api.als(basis, "bzk.beoordelaar"), jaar, "goedkeuren");
        besluit(Api.als(basis, "bzk.directeur"), jaar, "goedkeuren");
        besluit(Api.als(basis, "ondertekenaar"), jaar, "ondertekenen");
        JsonObject dossier = dossier(jaar);
        assertEquals("ONDERTEKEND", dossier.getString("status"), dossier.toString());
        return dossier;
    }

    /** A year's dossier as the drafter reads it. */
    JsonObject dossier(int jaar) {
        return Api.als(basis, "bzk").get("api/dossiers/" + jaar).object();
    }

    private static void besluit(Api wie, int jaar, String stap) {
        Api.Antwoord a = wie.post("api/dossiers/" + jaar + "/" + stap, "{\"versie\":1}");
        assertEquals(200, a.status(), stap + ": " + a.body());
    }

    /**
     * Every archived document of the year verifies (signature, hash, archive chain), among them the signed
     * beslisnota with its paraaf block; the chain as a whole is intact.
     *
     * @return the number of archived documents of the year
     */
    int archivarisVerifieert(int jaar, JsonObject dossier) {
        Api archivaris = Api.als(basis, "archivaris");
        List<JsonObject> stukken =
                archivaris.get("api/archief?jaar=" + jaar).array().getValuesAs(JsonObject.class);
        long beslisnota = dossier.getJsonNumber("beslisnotaMetParafen").longValue();
        assertTrue(
                stukken.stream().anyMatch(s -> s.getJsonNumber("documentId").longValue() == beslisnota),
                stukken.toString());
        for (JsonObject stuk : stukken) {
            JsonObject verificatie = archivaris
                    .get("api/archief/" + stuk.getJsonNumber("id").longValue() + "/verificatie")
                    .object();
            assertTrue(verificatie.getBoolean("geldig"), verificatie.toString());
        }
        JsonObject keten = archivaris.get("api/archief/keten").object();
        assertTrue(keten.getBoolean("geldig"), keten.toString());
        return stukken.size();
    }
}
