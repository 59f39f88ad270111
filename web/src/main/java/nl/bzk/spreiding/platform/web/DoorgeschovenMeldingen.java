package nl.bzk.spreiding.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/** Before a page is rendered, the confirmations kept for it ({@link Doorgeschoven}) become its messages. */
public class DoorgeschovenMeldingen implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforePhase(PhaseEvent event) {
        if (event.getFacesContext().getExternalContext().getSession(false) == null) {
            return; // nothing can have been kept, and no session is made for it
        }
        for (String tekst : CDI.current().select(Doorgeschoven.class).get().neem()) {
            event.getFacesContext().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, tekst, null));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {}

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
