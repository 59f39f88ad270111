package nl.bzk.spreiding.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.bzk.spreiding.archive.ondertekening.DssVerificatie;
import nl.bzk.spreiding.documents.entity.Document;

/**
 * A signed document in the archive. Written once: every column is insertable but not updatable, there are no
 * setters, and on PostgreSQL a trigger refuses UPDATE and DELETE.
 */
@Entity
@Table(name = "archiefstuk")
@NamedQuery(name = Archiefstuk.AANTAL, query = "SELECT COUNT(a) FROM Archiefstuk a")
@NamedQuery(name = Archiefstuk.VERVANGEN_DOOR, query = "SELECT a FROM Archiefstuk a WHERE a.vervangt = :id")
@NamedQuery(name = Archiefstuk.VERVANGERS, query = "SELECT a FROM Archiefstuk a WHERE a.vervangt IS NOT NULL")
@NamedQuery(name = Archiefstuk.ALLE, query = "SELECT a FROM Archiefstuk a")
@NamedQuery(name = Archiefstuk.IDS, query = "SELECT a.id FROM Archiefstuk a ORDER BY a.id")
@NamedQuery(name = Archiefstuk.PER_DOCUMENT, query = "SELECT a.documentId, a.id FROM Archiefstuk a")
@NamedQuery(
        name = Archiefstuk.ZONDER_KETENSCHAKEL,
        query =
                "SELECT a FROM Archiefstuk a WHERE a.id NOT IN (SELECT k.archiefstukId FROM Ketenschakel k) ORDER BY a.id")
public class Archiefstuk {

    public static final String AANTAL = "Archiefstuk.aantal";
    /** The record that replaces record {@code :id} (issue 31), if any. */
    public static final String VERVANGEN_DOOR = "Archiefstuk.vervangen_door";
    /** Every record that replaces another. */
    public static final String VERVANGERS = "Archiefstuk.vervangers";

    public static final String ALLE = "Archiefstuk.alle";
    public static final String IDS = "Archiefstuk.ids";
    public static final String PER_DOCUMENT = "Archiefstuk.per_document";
    public static final String ZONDER_KETENSCHAKEL = "Archiefstuk.zonder_ketenschakel";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", updatable = false)
    private Long documentId;

    @Column(updatable = false)
    private String soort;

    @Column(updatable = false)
    private String titel;

    @Column(updatable = false)
    private String kamerstuk;

    @Column(updatable = false)
    private String vergaderjaar;

    @Column(updatable = false)
    private int jaar;

    @Column(updatable = false)
    private String periode;

    @Column(updatable = false)
    private String kenmerk;

    @Column(name = "sjabloon_id", updatable = false)
    private Long sjabloonId;

    @Column(name = "sjabloon_versie", updatable = false)
    private int sjabloonVersie;

    @Column(name = "momentopname_sha256", updatable = false)
    private String momentopnameSha256;

    @Column(updatable = false)
    private String sha256;

    @Column(updatable = false)
    private long grootte;

    @Column(updatable = false)
    private String ondertekenaar;

    @Column(name = "ondertekend_door", updatable = false)
    private String ondertekendDoor;

    @Column(name = "ondertekend_op", updatable = false)
    private OffsetDateTime ondertekendOp;

    @Column(updatable = false)
    private String niveau;

    @Column(updatable = false)
    private String bewaartermijn;

    @Column(updatable = false)
    private String classificatie;
    /** EU DSS's verdict at archiving (Archiefregeling art. 24c); null for records from before it was kept. */
    @Column(name = "validatie_indicatie", updatable = false)
    private String validatieIndicatie;

    @Column(name = "validatie_subindicatie", updatable = false)
    private String validatieSubindicatie;

    @Column(name = "gevalideerd_op", updatable = false)
    private OffsetDateTime gevalideerdOp;

    @Column(updatable = false)
    private String certificaat;

    /** The letter's Betreft as printed (issue 31); null for documents without one and for older records. */
    @Column(updatable = false)
    private String betreft;

    /** The letter's date as printed; null when the document has none and for older records. */
    @Column(updatable = false)
    private LocalDate briefdatum;

    /** The record of the same document in the set this one replaces (issue 31); null for a first set. */
    @Column(name = "vervangt_id", updatable = false)
    private Long vervangt;

    protected Archiefstuk() {}

    public Archiefstuk(
            Document d,
            String sha256,
            long grootte,
            String ondertekenaar,
            String ondertekendDoor,
            OffsetDateTime ondertekendOp,
            String niveau,
            String bewaartermijn,
            String classificatie,
            DssVerificatie.Uitkomst validatie,
            String betreft,
            LocalDate briefdatum,
            Long vervangt) {
        this.documentId = d.getId();
        this.soort = d.getSoort().name();
        this.titel = d.getTitel();
        this.kamerstuk = d.getKamerstuk();
        this.vergaderjaar = d.getVergaderjaar();
        this.jaar = d.getJaar();
        this.periode = d.getPeriode();
        this.kenmerk = d.getKenmerk();
        this.sjabloonId = d.getSjabloon().getId();
        this.sjabloonVersie = d.getSjabloon().getVersie();
        this.momentopnameSha256 = d.getMomentopnameSha256();
        this.sha256 = sha256;
        this.grootte = grootte;
        this.ondertekenaar = ondertekenaar;
        this.ondertekendDoor = ondertekendDoor;
        this.ondertekendOp = ondertekendOp;
        this.niveau = niveau;
        this.bewaartermijn = bewaartermijn;
        this.classificatie = classificatie;
        this.validatieIndicatie = validatie.indicatie();
        this.validatieSubindicatie = validatie.subIndicatie();
        this.gevalideerdOp = validatie.gevalideerdOp();
        this.certificaat = validatie.certificaat();
        this.betreft = betreft;
        this.briefdatum = briefdatum;
        this.vervangt = vervangt;
    }

    public Long getVervangt() {
        return vervangt;
    }

    public String getBetreft() {
        return betreft;
    }

    public LocalDate getBriefdatum() {
        return briefdatum;
    }

    public Long getId() {
        return id;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getSoort() {
        return soort;
    }

    public String getTitel() {
        return titel;
    }

    public String getKamerstuk() {
        return kamerstuk;
    }

    public String getVergaderjaar() {
        return vergaderjaar;
    }

    public int getJaar() {
        return jaar;
    }

    public String getPeriode() {
        return periode;
    }

    public String getKenmerk() {
        return kenmerk;
    }

    public Long getSjabloonId() {
        return sjabloonId;
    }

    public int getSjabloonVersie() {
        return sjabloonVersie;
    }

    public String getMomentopnameSha256() {
        return momentopnameSha256;
    }

    public String getSha256() {
        return sha256;
    }

    public long getGrootte() {
        return grootte;
    }

    public String getOndertekenaar() {
        return ondertekenaar;
    }

    public String getOndertekendDoor() {
        return ondertekendDoor;
    }

    public OffsetDateTime getOndertekendOp() {
        return ondertekendOp;
    }

    public String getNiveau() {
        return niveau;
    }

    public String getBewaartermijn() {
        return bewaartermijn;
    }

    public String getClassificatie() {
        return classificatie;
    }

    public String getValidatieIndicatie() {
        return validatieIndicatie;
    }

    public String getValidatieSubindicatie() {
        return validatieSubindicatie;
    }

    public OffsetDateTime getGevalideerdOp() {
        return gevalideerdOp;
    }

    public String getCertificaat() {
        return certificaat;
    }

    /**
     * What the archive chain covers of this record: every column, the content hash included, one per line, times as UTC instants. A change to any of them, or a PDF swapped
     * together with its recorded hash, gives another fingerprint than the one chained at archiving.
     */
    public String vingerafdruk() {
        StringBuilder s = new StringBuilder();
        regel(s, "id", id);
        regel(s, "documentId", documentId);
        regel(s, "soort", soort);
        regel(s, "titel", titel);
        regel(s, "kamerstuk", kamerstuk);
        regel(s, "vergaderjaar", vergaderjaar);
        regel(s, "jaar", jaar);
        regel(s, "periode", periode);
        regel(s, "kenmerk", kenmerk);
        regel(s, "sjabloonId", sjabloonId);
        regel(s, "sjabloonVersie", sjabloonVersie);
        regel(s, "momentopnameSha256", momentopnameSha256);
        regel(s, "sha256", sha256);
        regel(s, "grootte", grootte);
        regel(s, "ondertekenaar", ondertekenaar);
        regel(s, "ondertekendDoor", ondertekendDoor);
        regel(s, "ondertekendOp", ondertekendOp == null ? null : ondertekendOp.toInstant());
        regel(s, "niveau", niveau);
        regel(s, "bewaartermijn", bewaartermijn);
        regel(s, "classificatie", classificatie);
        // Kept since the validation result is stored; absent for older records, so their fingerprint is unchanged.
        if (validatieIndicatie != null) {
            regel(s, "validatieIndicatie", validatieIndicatie);
            regel(s, "validatieSubindicatie", validatieSubindicatie);
            regel(s, "gevalideerdOp", gevalideerdOp == null ? null : gevalideerdOp.toInstant());
            regel(s, "certificaat", certificaat);
        }
        // Kept since issue 31; absent when the letter has none, so older fingerprints are unchanged.
        if (betreft != null) {
            regel(s, "betreft", betreft);
        }
        if (briefdatum != null) {
            regel(s, "briefdatum", briefdatum);
        }
        if (vervangt != null) {
            regel(s, "vervangt", vervangt);
        }
        return s.toString();
    }

    /** "naam=waarde" with backslash and line breaks escaped; a missing value as "naam" alone, unlike an empty one. */
    private static void regel(StringBuilder s, String naam, Object waarde) {
        s.append(naam);
        if (waarde != null) {
            s.append('=')
                    .append(waarde.toString()
                            .replace("\\", "\\\\")
                            .replace("\n", "\\n")
                            .replace("\r", "\\r"));
        }
        s.append('\n');
    }
}
