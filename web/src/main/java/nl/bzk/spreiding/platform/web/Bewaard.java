package nl.bzk.spreiding.platform.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Writes the markup of its children as kept by its {@code plaats}, rendering them only when the place has none yet:
 * {@code <sp:bewaard plaats="#{pagina.bewaarplaats}">…</sp:bewaard>}. For a page part that shows nothing but data
 * kept elsewhere (the dashboard's figures, maps and charts are the same for every caller with the same rights until
 * the figures change), so it is rendered once instead of on every request. Without a place (null) the children are
 * rendered as usual.
 *
 * <p>The children must not depend on anything but what the place's key stands for: no names of the signed-in user,
 * no forms (their view state differs per view), no messages.
 */
@FacesComponent(value = Bewaard.TYPE, createTag = true, tagName = "bewaard", namespace = Bewaard.NAAMRUIMTE)
public class Bewaard extends UIComponentBase {

    static final String TYPE = "nl.bzk.spreiding.Bewaard";
    public static final String NAAMRUIMTE = "https://spreiding.bzk.nl/faces";

    /**
     * Where markup is kept: the markup under the place's own key, made with {@code maak} when it has none; null when
     * {@code maak} answered null (made, but not to be kept).
     */
    @FunctionalInterface
    public interface Bewaarplaats {
        String markup(Supplier<String> maak);
    }

    @Override
    public String getFamily() {
        return "nl.bzk.spreiding";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        if (!(getAttributes().get("plaats") instanceof Bewaarplaats plaats)) {
            super.encodeChildren(context);
            return;
        }
        String[] gemaakt = new String[1];
        String bewaard = plaats.markup(() -> {
            int meldingen = context.getMessageList().size();
            gemaakt[0] = kinderen(context);
            // A child that could not read its data added a message and rendered without it: shown this once, not kept
            // for everyone with the same rights until the figures change.
            return context.getMessageList().size() == meldingen ? gemaakt[0] : null;
        });
        context.getResponseWriter().write(bewaard != null ? bewaard : gemaakt[0]);
    }

    /** The children's markup, written by a copy of the page's writer (same escaping, same content type). */
    private String kinderen(FacesContext context) {
        ResponseWriter pagina = context.getResponseWriter();
        StringWriter markup = new StringWriter(64 * 1024);
        context.setResponseWriter(pagina.cloneWithWriter(markup));
        try {
            for (UIComponent kind : getChildren()) {
                kind.encodeAll(context);
            }
            context.getResponseWriter().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            context.setResponseWriter(pagina);
        }
        return markup.toString();
    }
}
