package nl.bzk.spreiding.dossier.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.Tekst;
import nl.bzk.spreiding.security.entity.Rol;

/**
 * The letter dossier of one year: the set (Kamerbrief, bijlage 1 and 2, beslisnota) as one unit of work. It holds the
 * drafter's text blocks, the approval route and where the current version stands in it. Every rule of the route lives
 * here: who may do what, in which state, on which version; the service stores what the dossier decided.
 */
@Entity
@Table(name = "briefdossier")
@NamedQuery(name = Briefdossier.ALLE, query = "SELECT d FROM Briefdossier d ORDER BY d.jaar DESC, d.volgnummer DESC")
// The current dossier of a year first: a replacement has a higher number than the dossier it replaces.
@NamedQuery(
        name = Briefdossier.VAN_JAAR,
        query = "SELECT d FROM Briefdossier d WHERE d.jaar = :jaar ORDER BY d.volgnummer DESC")
@NamedQuery(
        name = Briefdossier.OPEN,
        query = "SELECT d FROM Briefdossier d WHERE d.status <> :ondertekend ORDER BY d.jaar DESC")
@NamedQuery(
        name = Briefdossier.MET_ARCHIEFSTUK,
        query = "SELECT d FROM Briefdossier d JOIN d.archiefstukken a WHERE a = :stuk")
@NamedQuery(
        name = Briefdossier.MET_ONDERTEKENDE_BESLISNOTA,
        query = "SELECT d FROM Briefdossier d WHERE d.ondertekendeBeslisnota = :id")
public class Briefdossier {

    public static final String MET_ONDERTEKENDE_BESLISNOTA = "Briefdossier.met_ondertekende_beslisnota";
    public static final String MET_ARCHIEFSTUK = "Briefdossier.met_archiefstuk";

    public static final String ALLE = "Briefdossier.alle";
    public static final String VAN_JAAR = "Briefdossier.vanJaar";
    public static final String OPEN = "Briefdossier.open";
    public static final int MAX_STAPPEN = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int jaar;

    /** 1 for a year's first dossier; a replacement has the next number (issue 31). */
    private int volgnummer = 1;

    /** The signed dossier this one replaces, with the reason; null for a year's first dossier. */
    @Column(name = "vervangt_id")
    private Long vervangt;

    private String vervangingsreden;

    private String periode;

    @Enumerated(EnumType.STRING)
    private DossierStatus status;

    @Enumerated(EnumType.STRING)
    private Herstart herstart;

    private String opsteller;
    private String kamerstuk;
    private String vergaderjaar;
    private String kenmerk;

    @Column(name = "ondertekenaar_functie")
    private String ondertekenaarFunctie;

    @Column(name = "ondertekenaar_naam")
    private String ondertekenaarNaam;

    /** The letter's "Betreft" (issue 31). */
    private String betreft;

    /** The letter's date; none: not chosen yet. */
    private LocalDate briefdatum;

    /** The login of the account that signs; none for dossiers from before issue 31 (then any signer may). */
    private String ondertekenaar;

    @Column(name = "huidige_versie")
    private int huidigeVersie;
    /** The step (from 0) that has to decide next while IN_BEOORDELING. */
    private int stap;
    /** The step (from 0) that last returned the dossier; where the route resumes with {@link Herstart#VANAF_TERUGSTURENDE_STAP}. */
    @Column(name = "teruggestuurd_bij")
    private Integer teruggestuurdBij;
    /** The version last returned: it cannot be submitted again, only a new one. */
    @Column(name = "teruggestuurde_versie")
    private Integer teruggestuurdeVersie;

    @Column(name = "ondertekend_door")
    private String ondertekendDoor;

    @Column(name = "ondertekend_op")
    private OffsetDateTime ondertekendOp;

    @Column(name = "ondertekende_beslisnota_id")
    private Long ondertekendeBeslisnota;

    @Column(name = "gemaakt_op")
    private OffsetDateTime gemaaktOp;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "routestap", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "volgorde")
    private List<Routestap> route = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dossiertekst", joinColumns = @JoinColumn(name = "dossier_id"))
    @MapKeyColumn(name = "blok")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<Tekstblok, Tekstversie> teksten = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dossier_bewerker", joinColumns = @JoinColumn(name = "dossier_id"))
    @Column(name = "gebruikersnaam")
    private Set<String> bewerkers = new HashSet<>();

    /** The archive records of the signed set, per document type: what a replacement's records replace. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dossier_archiefstuk", joinColumns = @JoinColumn(name = "dossier_id"))
    @MapKeyColumn(name = "soort")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "archiefstuk_id")
    private Map<Documentsoort, Long> archiefstukken = new HashMap<>();

    @Version
    private long version;

    protected Briefdossier() {}

    public Briefdossier(
            int jaar,
            String periode,
            String opsteller,
            List<Routestap> route,
            Herstart herstart,
            String ondertekenaarFunctie,
            String ondertekenaarNaam,
            String kamerstuk,
            String vergaderjaar,
            String kenmerk,
            OffsetDateTime nu) {
        this.jaar = jaar;
        this.periode = periode;
        this.opsteller = opsteller;
        this.herstart = herstart;
        this.ondertekenaarFunctie = ondertekenaarFunctie;
        this.ondertekenaarNaam = ondertekenaarNaam;
        this.kamerstuk = kamerstuk;
        this.vergaderjaar = vergaderjaar;
        this.kenmerk = kenmerk;
        this.gemaaktOp = nu;
        this.status = DossierStatus.IN_BEWERKING;
        zetRoute(route);
    }

    // --- drafting -------------------------------------------------------------------------------------------------

    // --- a replacement for a signed year (issue 31) -----------------------------------------------------------------

    /**
     * Why this dossier may not be replaced now (with this reason), as the refusal, or null: only a signed dossier, and
     * never without a reason (the service offers only a year's current dossier; a dossier is replaced once, V28). A signed year is corrected by a new set that goes the same route
     * and is archived as replacing this one; nothing of this one changes.
     */
    public Fout waaromNietVervangen(String reden) {
        Fout nu = waaromNietVervangbaar();
        if (nu != null) {
            return nu;
        }
        if (reden == null || reden.isBlank()) {
            return Fout.ongeldig("Veld reden: zeg wat er aan de ondertekende set van " + jaar + " verbeterd wordt");
        }
        String fout = Tekst.alineaFout(reden.strip(), 1000);
        if (fout != null) {
            return Fout.ongeldig("Veld reden: " + fout);
        }
        return null;
    }

    /** The part of {@link #waaromNietVervangen} that does not depend on the reason: what the page asks to offer it. */
    public Fout waaromNietVervangbaar() {
        return status == DossierStatus.ONDERTEKEND
                ? null
                : Fout.conflict(
                        "Het briefdossier " + jaar + " is nog niet ondertekend; verbeter het in het dossier zelf");
    }

    /**
     * The replacement: the next dossier of the year, drafted by {@code wie}, with this dossier's period, route, letter
     * details and texts to start from, and a reference to this one. The texts count as written by {@code wie} (four
     * eyes: the new drafter does not approve the new set).
     */
    public Briefdossier vervanging(String reden, String wie, OffsetDateTime nu) {
        Fout waarom = waaromNietVervangen(reden);
        if (waarom != null) {
            throw waarom;
        }
        Briefdossier nieuw = new Briefdossier(
                jaar,
                periode,
                wie,
                route.stream().map(Routestap::kopie).toList(),
                herstart,
                ondertekenaarFunctie,
                ondertekenaarNaam,
                kamerstuk,
                vergaderjaar,
                kenmerk,
                nu);
        nieuw.volgnummer = volgnummer + 1;
        nieuw.vervangt = id;
        nieuw.vervangingsreden = reden.strip();
        nieuw.betreft = betreft;
        nieuw.ondertekenaar = ondertekenaar;
        teksten.forEach((blok, t) -> nieuw.wijzigTekst(blok, t.getTekst(), wie, nu));
        nieuw.bewerkers.add(wie);
        return nieuw;
    }

    /** The archive records of the signed set (see {@link #archiefstukken}); empty before signing and for older sets. */
    public Map<Documentsoort, Long> getArchiefstukken() {
        Map<Documentsoort, Long> m = new EnumMap<>(Documentsoort.class);
        m.putAll(archiefstukken);
        return m;
    }

    public int getVolgnummer() {
        return volgnummer;
    }

    public Long getVervangt() {
        return vervangt;
    }

    public String getVervangingsreden() {
        return vervangingsreden;
    }

    /** The route may change while the drafter works on the dossier, not while a version is under review. */
    public void wijzigRoute(List<Routestap> nieuw, Herstart nieuweHerstart) {
        if (status != DossierStatus.IN_BEWERKING) {
            throw Fout.conflict(
                    "De parafeerroute kan alleen worden gewijzigd als het dossier in bewerking is; het is nu "
                            + status.getLabel().toLowerCase(Locale.ROOT));
        }
        zetRoute(nieuw);
        herstart = nieuweHerstart;
        teruggestuurdBij = null;
    }

    private void zetRoute(List<Routestap> nieuw) {
        if (nieuw == null || nieuw.isEmpty()) {
            throw Fout.ongeldig("Veld route: een parafeerroute heeft ten minste één stap");
        }
        if (nieuw.size() > MAX_STAPPEN) {
            throw Fout.ongeldig("Veld route: ten hoogste " + MAX_STAPPEN + " stappen");
        }
        route = new ArrayList<>(nieuw);
    }

    /**
     * The letter's details, while drafting. Like a text, a change after a version means a new version before the set
     * goes the route, so what the reviewers see is what is signed.
     */
    public void wijzigBriefgegevens(Briefgegevens g, String wie) {
        controleerInBewerking("de briefgegevens wijzigen");
        kamerstuk = g.kamerstuk();
        vergaderjaar = g.vergaderjaar();
        kenmerk = g.kenmerk();
        betreft = g.betreft();
        briefdatum = g.datum();
        ondertekenaar = g.ondertekenaar();
        ondertekenaarFunctie = g.ondertekenaarFunctie();
        ondertekenaarNaam = g.ondertekenaarNaam();
        bewerkers.add(wie);
    }

    /** What a letter needs before it goes the route and is still missing, as people name it (issue 31). */
    public List<String> ontbrekendeBriefgegevens() {
        List<String> mist = new ArrayList<>();
        if (kamerstuk == null || kamerstuk.isBlank()) {
            mist.add("Kamerstuk");
        }
        if (kenmerk == null || kenmerk.isBlank()) {
            mist.add("kenmerk");
        }
        if (betreft == null || betreft.isBlank()) {
            mist.add("Betreft");
        }
        if (ondertekenaar == null) {
            mist.add("ondertekenaar");
        }
        return mist;
    }

    public void wijzigTekst(Tekstblok blok, String tekst, String wie, OffsetDateTime nu) {
        controleerInBewerking("teksten wijzigen");
        String schoon = tekst == null ? "" : tekst.strip();
        if (schoon.length() > Tekstblok.MAX_LENGTE) {
            throw Fout.ongeldig("Tekstblok " + blok.getLabel() + ": ten hoogste " + Tekstblok.MAX_LENGTE
                    + " tekens (nu " + schoon.length() + ")");
        }
        if (schoon.isEmpty()) {
            teksten.remove(blok);
        } else {
            teksten.put(blok, new Tekstversie(schoon, wie, nu));
        }
        bewerkers.add(wie);
    }

    /** A new version of the set; drafting again, whatever the state was (a late change restarts the route). */
    public Dossierversie nieuweVersie(String wie, OffsetDateTime nu, Map<Documentsoort, Long> documenten) {
        if (!status.isOpen()) {
            throw Fout.conflict("Het briefdossier " + jaar + " is ondertekend en verandert niet meer");
        }
        if (documenten.size() != Documentsoort.values().length) {
            throw new IllegalArgumentException("Een versie bevat alle vier documenten");
        }
        huidigeVersie++;
        Dossierversie v = new Dossierversie(this, huidigeVersie, wie, nu, documenten, bewerkers);
        bewerkers.clear();
        gaNaar(DossierStatus.IN_BEWERKING);
        return v;
    }

    /** Submit the current version for review: the route starts at step 1, or resumes where it was returned. */
    public void dienIn(int versie) {
        controleerInBewerking("indienen");
        if (huidigeVersie == 0) {
            throw Fout.ongeldig("Maak eerst een versie van de set; die versie gaat de route langs");
        }
        controleerVersie(versie);
        if (teruggestuurdeVersie != null && teruggestuurdeVersie == huidigeVersie) {
            throw Fout.conflict("Versie " + huidigeVersie
                    + " is teruggestuurd; verwerk de opmerkingen en maak een nieuwe versie om in te dienen");
        }
        List<String> mist = ontbrekendeBriefgegevens();
        if (!mist.isEmpty()) {
            throw Fout.ongeldig("Vul eerst de briefgegevens in: " + Nederlands.opsomming(mist)
                    + "; wijzig ze en maak daarna een nieuwe versie");
        }
        if (!bewerkers.isEmpty()) {
            throw Fout.conflict("Er zijn teksten of briefgegevens gewijzigd na versie " + huidigeVersie
                    + "; maak eerst een nieuwe versie, zodat de " + "beoordelaars zien wat u indient");
        }
        stap = herstart == Herstart.VANAF_TERUGSTURENDE_STAP && teruggestuurdBij != null ? teruggestuurdBij : 0;
        gaNaar(DossierStatus.IN_BEOORDELING);
    }

    // --- review ---------------------------------------------------------------------------------------------------

    /**
     * Records an approval of the current step; the last one makes the dossier ready for signing.
     *
     * @param alGeparafeerd who already approved this version at an earlier step: one person, one paraaf per version
     */
    public Beoordeling keurGoed(
            Dossierversie v, Deelnemer wie, Set<String> alGeparafeerd, OffsetDateTime nu, List<Opmerking> opmerkingen) {
        Routestap s = controleerBeoordelaar(v, wie);
        if (alGeparafeerd.contains(wie.wie())) {
            throw Fout.conflict(
                    "U heeft versie " + v.getNummer() + " al geparafeerd; een volgende stap is voor een ander");
        }
        Beoordeling b = new Beoordeling(
                this,
                v.getNummer(),
                stap + 1,
                s.getFunctie(),
                Besluit.GOEDGEKEURD,
                wie.wie(),
                wie.naam(),
                nu,
                opmerkingen);
        stap++;
        gaNaar(stap == route.size() ? DossierStatus.GOEDGEKEURD : DossierStatus.IN_BEOORDELING);
        return b;
    }

    /** A reviewer sends the version back to the drafter, with at least one comment saying why. */
    public Beoordeling stuurTerug(Dossierversie v, Deelnemer wie, OffsetDateTime nu, List<Opmerking> opmerkingen) {
        Routestap s = controleerBeoordelaar(v, wie);
        if (opmerkingen.isEmpty()) {
            throw Fout.ongeldig(
                    "Veld opmerkingen: zeg bij het terugsturen wat er moet veranderen (ten minste één opmerking)");
        }
        Beoordeling b = new Beoordeling(
                this,
                v.getNummer(),
                stap + 1,
                s.getFunctie(),
                Besluit.TERUGGESTUURD,
                wie.wie(),
                wie.naam(),
                nu,
                opmerkingen);
        teruggestuurdBij = stap;
        teruggestuurdeVersie = v.getNummer();
        gaNaar(DossierStatus.IN_BEWERKING);
        return b;
    }

    private Routestap controleerBeoordelaar(Dossierversie v, Deelnemer wie) {
        Fout waarom = waaromNietBeoordelen(v, wie);
        if (waarom != null) {
            throw waarom;
        }
        return route.get(stap);
    }

    /**
     * Why {@code wie} may not take the current step (approve or return) on version {@code v} now, as the refusal to
     * throw, or null when they may: the one answer for the page's buttons, the task list and the commands.
     */
    public Fout waaromNietBeoordelen(Dossierversie v, Deelnemer wie) {
        if (status != DossierStatus.IN_BEOORDELING) {
            return Fout.conflict("Het briefdossier " + jaar + " is niet in beoordeling; het is "
                    + status.getLabel().toLowerCase(Locale.ROOT));
        }
        if (v == null || v.getNummer() != huidigeVersie) {
            return Fout.conflict("Versie " + (v == null ? "?" : v.getNummer())
                    + " is niet meer de actuele versie van het briefdossier " + jaar + " (dat is versie "
                    + huidigeVersie + "); er is niets veranderd. Bekijk de nieuwe versie.");
        }
        Routestap s = route.get(stap);
        if (!s.magBeoordelen(wie.wie(), wie.rollen())) {
            return Fout.geenToegang("Stap " + (stap + 1) + " (" + s.getFunctie() + ") is voor " + s.getWie()
                    + "; u kunt deze stap niet nemen");
        }
        if (v.heeftBijgedragen(wie.wie())) {
            return Fout.geenToegang("Vier ogen: u heeft aan versie " + v.getNummer()
                    + " meegeschreven en kunt haar niet zelf paraferen");
        }
        if (!wie.hadRollenBij(v)) {
            return Fout.geenToegang(naRolToekenning(v));
        }
        return null;
    }

    private static String naRolToekenning(Dossierversie v) {
        return "Scheiding van functies: uw account kreeg zijn rol na het maken van versie " + v.getNummer()
                + "; wie pas daarna een rol kreeg, neemt geen stap in deze versie";
    }

    // --- signing --------------------------------------------------------------------------------------------------

    /**
     * Signing after every step approved, by a signer who neither wrote nor approved the version.
     *
     * @param geparafeerd who approved this version at a step ({@link Beoordeling#geparafeerd})
     */
    public void onderteken(
            Dossierversie v,
            Deelnemer wie,
            Set<String> geparafeerd,
            OffsetDateTime nu,
            long beslisnotaId,
            Map<Documentsoort, Long> gearchiveerd) {
        Fout waarom = waaromNietOndertekenen(v, wie, geparafeerd);
        if (waarom != null) {
            throw waarom;
        }
        ondertekendDoor = wie.wie();
        ondertekendOp = nu;
        ondertekendeBeslisnota = beslisnotaId;
        archiefstukken = new HashMap<>(gearchiveerd);
        gaNaar(DossierStatus.ONDERTEKEND);
    }

    /**
     * Why {@code wie} may not sign version {@code v} now, as the refusal to throw, or null when they may: the one
     * answer for the page's button, the task list and the command (separation of duties: drafter, each step and the
     * signer are different people).
     */
    public Fout waaromNietOndertekenen(Dossierversie v, Deelnemer wie, Set<String> geparafeerd) {
        if (status != DossierStatus.GOEDGEKEURD) {
            return Fout.conflict("Ondertekenen kan pas als alle stappen van de parafeerroute versie " + huidigeVersie
                    + " hebben goedgekeurd; het dossier is " + status.getLabel().toLowerCase(Locale.ROOT));
        }
        if (v == null || v.getNummer() != huidigeVersie) {
            return Fout.conflict("Versie " + (v == null ? "?" : v.getNummer()) + " is niet de huidige versie ("
                    + huidigeVersie + ") van het briefdossier " + jaar);
        }
        if (!wie.rollen().contains(Rol.ONDERTEKENAAR)) {
            return Fout.geenToegang("Alleen een ondertekenaar kan het briefdossier ondertekenen");
        }
        if (v.heeftBijgedragen(wie.wie())) {
            return Fout.geenToegang(
                    "Vier ogen: u heeft aan versie " + v.getNummer() + " meegeschreven en kunt haar niet ondertekenen");
        }
        if (geparafeerd.contains(wie.wie())) {
            return Fout.geenToegang("Vier ogen: u heeft versie " + v.getNummer()
                    + " geparafeerd; een ander dan wie parafeerde ondertekent haar");
        }
        if (!wie.hadRollenBij(v)) {
            return Fout.geenToegang(naRolToekenning(v));
        }
        if (ondertekenaar != null && !ondertekenaar.equals(wie.wie())) {
            return Fout.geenToegang("Deze brief ondertekent " + ondertekenaarNaam
                    + "; alleen de gekozen ondertekenaar kan haar ondertekenen");
        }
        return null;
    }

    // --- what people may do now (pages ask, they do not decide) -----------------------------------------------------

    public boolean magBeoordelen(Dossierversie v, Deelnemer wie) {
        return waaromNietBeoordelen(v, wie) == null;
    }

    public boolean magOndertekenen(Dossierversie v, Deelnemer wie, Set<String> geparafeerd) {
        return waaromNietOndertekenen(v, wie, geparafeerd) == null;
    }

    /** The current version was returned and waits for a new one. */
    public boolean isTeruggestuurd() {
        return status == DossierStatus.IN_BEWERKING
                && teruggestuurdeVersie != null
                && teruggestuurdeVersie == huidigeVersie;
    }

    public boolean isInBewerking() {
        return status == DossierStatus.IN_BEWERKING;
    }

    /** The step awaiting a decision, or null when none does. */
    public Routestap getHuidigeStap() {
        return status == DossierStatus.IN_BEOORDELING ? route.get(stap) : null;
    }

    private void controleerInBewerking(String wat) {
        if (status != DossierStatus.IN_BEWERKING) {
            throw Fout.conflict(
                    "Het briefdossier " + jaar + " is " + status.getLabel().toLowerCase(Locale.ROOT) + "; " + wat
                            + " kan alleen in bewerking (na terugsturen of met een nieuwe versie)");
        }
    }

    private void controleerVersie(int versie) {
        if (versie != huidigeVersie) {
            throw Fout.conflict("Versie " + versie + " is niet meer de actuele versie van het briefdossier " + jaar
                    + " (dat is versie " + huidigeVersie + "); er is niets veranderd. Bekijk de nieuwe versie.");
        }
    }

    private void gaNaar(DossierStatus doel) {
        if (!status.magNaar(doel)) {
            throw Fout.conflict("Het briefdossier kan niet van " + status.getLabel() + " naar " + doel.getLabel());
        }
        status = doel;
    }

    /** The texts as the snapshot carries them: block key to paragraphs. */
    public Map<String, List<String>> tekstenVoorMomentopname() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Tekstblok b : Tekstblok.values()) {
            Tekstversie t = teksten.get(b);
            m.put(b.getSleutel(), t == null ? List.of() : Tekstblok.alineas(t.getTekst()));
        }
        return m;
    }

    public Long getId() {
        return id;
    }

    public int getJaar() {
        return jaar;
    }

    public String getPeriode() {
        return periode;
    }

    public DossierStatus getStatus() {
        return status;
    }

    public Herstart getHerstart() {
        return herstart;
    }

    public String getOpsteller() {
        return opsteller;
    }

    public String getKamerstuk() {
        return kamerstuk;
    }

    public String getVergaderjaar() {
        return vergaderjaar;
    }

    public String getKenmerk() {
        return kenmerk;
    }

    public String getOndertekenaarFunctie() {
        return ondertekenaarFunctie;
    }

    public String getOndertekenaarNaam() {
        return ondertekenaarNaam;
    }

    public String getBetreft() {
        return betreft;
    }

    public LocalDate getBriefdatum() {
        return briefdatum;
    }

    /** The login of the chosen signatory, or null. */
    public String getOndertekenaar() {
        return ondertekenaar;
    }

    public int getHuidigeVersie() {
        return huidigeVersie;
    }
    /** The step awaiting a decision, counted from 1. */
    public int getStapNummer() {
        return stap + 1;
    }

    public String getOndertekendDoor() {
        return ondertekendDoor;
    }

    public OffsetDateTime getOndertekendOp() {
        return ondertekendOp;
    }

    public Long getOndertekendeBeslisnota() {
        return ondertekendeBeslisnota;
    }

    public OffsetDateTime getGemaaktOp() {
        return gemaaktOp;
    }

    public List<Routestap> getRoute() {
        return List.copyOf(route);
    }

    public Set<String> getBewerkers() {
        return Set.copyOf(bewerkers);
    }

    public long getVersion() {
        return version;
    }

    public Map<Tekstblok, Tekstversie> getTeksten() {
        Map<Tekstblok, Tekstversie> m = new EnumMap<>(Tekstblok.class);
        m.putAll(teksten);
        return m;
    }

    public String tekst(Tekstblok blok) {
        Tekstversie t = teksten.get(blok);
        return t == null ? "" : t.getTekst();
    }
}
