package nl.bzk.spreiding.submission.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.bzk.spreiding.platform.Vrijetekst;
import nl.bzk.spreiding.platform.web.Meldingen;
import nl.bzk.spreiding.submission.entity.Aanlevering;
import nl.bzk.spreiding.submission.entity.Ronde;
import nl.bzk.spreiding.submission.entity.RondeStatus;
import nl.bzk.spreiding.submission.service.Aanleveringen;
import nl.bzk.spreiding.submission.service.Overzicht;
import nl.bzk.spreiding.submission.service.Rondes;

/** BZK's review: the queue of a round and one submission with return (with comment) and accept. */
@Named
@ViewScoped
public class Beoordeling implements Serializable {

    @Inject
    private Aanleveringen aanleveringen;

    @Inject
    private Rondes rondes;

    @Inject
    private Meldingen meldingen;

    private Integer jaar;
    private Long id;

    @Vrijetekst
    private String opmerking;

    private transient Overzicht overzicht;

    @PostConstruct
    void laad() {
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (params.get("id") != null && params.get("id").matches("\\d+")) {
            id = Long.valueOf(params.get("id"));
        }
        if (params.get("jaar") != null && params.get("jaar").matches("\\d{4}")) {
            jaar = Integer.valueOf(params.get("jaar"));
        } else {
            List<Ronde> alle = rondes.lijst();
            jaar = alle.stream()
                    .filter(r -> r.getStatus() == RondeStatus.OPEN)
                    .map(Ronde::getJaar)
                    .findFirst()
                    .orElse(alle.isEmpty() ? null : alle.get(0).getJaar());
        }
    }

    public List<Aanlevering> getWachtrij() {
        return jaar == null ? List.of() : aanleveringen.lijst(jaar);
    }

    public List<Ronde> getRondes() {
        return rondes.lijst();
    }

    public Overzicht getOverzicht() {
        if (overzicht == null && id != null) {
            overzicht = meldingen.probeer(() -> aanleveringen.overzicht(id));
        }
        return overzicht;
    }

    /** After a successful action the page is fetched anew (post-redirect-get), so a reload shows the same submission. */
    public String stuurTerug() {
        long versie = getOverzicht().aanlevering().getVersion();
        if (meldingen.probeer(() -> aanleveringen.stuurTerug(id, versie, opmerking)) == null) {
            return null;
        }
        meldingen.naRedirect("De aanlevering is teruggestuurd naar het ministerie.");
        return "/bzk/aanlevering?faces-redirect=true&id=" + id;
    }

    public String keurGoed() {
        long versie = getOverzicht().aanlevering().getVersion();
        if (meldingen.probeer(() -> aanleveringen.keurGoed(id, versie)) == null) {
            return null;
        }
        meldingen.naRedirect("De aanlevering is goedgekeurd en ligt nu vast.");
        return "/bzk/aanlevering?faces-redirect=true&id=" + id;
    }

    public Integer getJaar() {
        return jaar;
    }

    public Long getId() {
        return id;
    }

    public String getOpmerking() {
        return opmerking;
    }

    public void setOpmerking(String opmerking) {
        this.opmerking = opmerking;
    }
}
