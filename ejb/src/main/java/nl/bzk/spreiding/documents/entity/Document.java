package nl.bzk.spreiding.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import nl.bzk.spreiding.platform.Fout;

/** A generated document: what it is, what it was made from (template version and data snapshot) and its PDF's hash. */
@Entity
@Table(name = "document")
@NamedQuery(
        name = Document.MET_SJABLOON_EN_MOMENTOPNAME,
        query = "SELECT d FROM Document d WHERE d.sjabloon = :s AND d.momentopnameSha256 = :h")
public class Document {

    public static final String MET_SJABLOON_EN_MOMENTOPNAME = "Document.met_sjabloon_en_momentopname";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Documentsoort soort;

    private String titel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sjabloon_id")
    private Documentsjabloon sjabloon;

    private int jaar;

    private String periode;

    private String kamerstuk;

    private String vergaderjaar;

    private String kenmerk;

    private String momentopname;

    @Column(name = "momentopname_sha256")
    private String momentopnameSha256;

    @Column(name = "pdf_sha256")
    private String pdfSha256;

    private long grootte;

    private int paginas;

    @Enumerated(EnumType.STRING)
    private DocumentStatus status;

    @Column(name = "gemaakt_door")
    private String gemaaktDoor;

    @Column(name = "gemaakt_op")
    private OffsetDateTime gemaaktOp;

    @Column(name = "vastgesteld_op")
    private OffsetDateTime vastgesteldOp;

    /** What the draft still lacks, e.g. the signatory's name; null when complete. */
    @Column(name = "open_punten")
    private String openPunten;

    @Version
    private long version;

    protected Document() {}

    public Document(
            Documentsoort soort,
            String titel,
            Documentsjabloon sjabloon,
            int jaar,
            String periode,
            String kamerstuk,
            String vergaderjaar,
            String kenmerk,
            String momentopname,
            String momentopnameSha256,
            String pdfSha256,
            long grootte,
            int paginas,
            String gemaaktDoor,
            OffsetDateTime gemaaktOp,
            List<String> openPunten) {
        this.openPunten = openPunten.isEmpty() ? null : String.join("; ", openPunten);
        this.soort = soort;
        this.titel = titel;
        this.sjabloon = sjabloon;
        this.jaar = jaar;
        this.periode = periode;
        this.kamerstuk = kamerstuk;
        this.vergaderjaar = vergaderjaar;
        this.kenmerk = kenmerk;
        this.momentopname = momentopname;
        this.momentopnameSha256 = momentopnameSha256;
        this.pdfSha256 = pdfSha256;
        this.grootte = grootte;
        this.paginas = paginas;
        this.gemaaktDoor = gemaaktDoor;
        this.gemaaktOp = gemaaktOp;
        this.status = DocumentStatus.CONCEPT;
    }

    /**
     * Only a complete draft may be finalised: once signed it never changes, so a placeholder in it (a missing
     * signatory name) would be there for good.
     */
    public void controleerVaststelbaar() {
        if (status != DocumentStatus.CONCEPT) {
            throw Fout.conflict("Document " + id + " is al vastgesteld en ondertekend op " + vastgesteldOp);
        }
        if (openPunten != null) {
            throw Fout.ongeldig("Document " + id + " kan nog niet worden vastgesteld: " + openPunten
                    + ". Maak het document opnieuw met de ontbrekende gegevens.");
        }
    }

    public String getOpenPunten() {
        return openPunten;
    }

    public void stelVast(OffsetDateTime moment) {
        status = DocumentStatus.DEFINITIEF;
        vastgesteldOp = moment;
    }

    public OffsetDateTime getVastgesteldOp() {
        return vastgesteldOp;
    }

    public Long getId() {
        return id;
    }

    public Documentsoort getSoort() {
        return soort;
    }

    public String getTitel() {
        return titel;
    }

    public Documentsjabloon getSjabloon() {
        return sjabloon;
    }

    public int getJaar() {
        return jaar;
    }

    public String getPeriode() {
        return periode;
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

    public String getMomentopname() {
        return momentopname;
    }

    public String getMomentopnameSha256() {
        return momentopnameSha256;
    }

    public String getPdfSha256() {
        return pdfSha256;
    }

    public long getGrootte() {
        return grootte;
    }

    public int getPaginas() {
        return paginas;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public String getGemaaktDoor() {
        return gemaaktDoor;
    }

    public OffsetDateTime getGemaaktOp() {
        return gemaaktOp;
    }

    public long getVersion() {
        return version;
    }
}
