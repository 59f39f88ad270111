package nl.bzk.spreiding.platform.api;

import jakarta.ws.rs.core.Response;

/** A file the API hands out for download: its content, media type and the name the browser saves it under. */
public final class Bijlage {

    private Bijlage() {}

    public static Response antwoord(Object inhoud, String mediaType, String bestandsnaam) {
        return Response.ok(inhoud, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + bestandsnaam + "\"")
                .build();
    }
}
