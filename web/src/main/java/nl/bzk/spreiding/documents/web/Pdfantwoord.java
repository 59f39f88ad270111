package nl.bzk.spreiding.documents.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Sends a PDF straight from a Faces action (a preview that is not stored anywhere). */
final class Pdfantwoord {

    private Pdfantwoord() {}

    static void stuur(byte[] pdf, String bestandsnaam) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType("application/pdf");
        ext.setResponseContentLength(pdf.length);
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"" + bestandsnaam + "\"");
        try (OutputStream uit = ext.getResponseOutputStream()) {
            uit.write(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
