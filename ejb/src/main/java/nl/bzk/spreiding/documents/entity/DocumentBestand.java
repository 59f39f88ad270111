package nl.bzk.spreiding.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The PDF of a {@link Document}, in its own table so that lists of documents never load the files. */
@Entity
@Table(name = "document_bestand")
public class DocumentBestand {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    private byte[] pdf;

    protected DocumentBestand() {}

    public DocumentBestand(Long documentId, byte[] pdf) {
        this.documentId = documentId;
        this.pdf = pdf;
    }

    public byte[] getPdf() {
        return pdf;
    }
}
