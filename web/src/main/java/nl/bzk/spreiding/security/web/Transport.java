package nl.bzk.spreiding.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the application is reached. With {@code spreiding.http.tls=true} (TLS at the server or at a TLS-terminating
 * proxy in front of it) the session cookie gets the Secure flag ({@link TlsInstelling}) and every response HSTS; a
 * request that arrives over TLS directly gets HSTS anyway.
 */
@ApplicationScoped
public class Transport {

    @Inject
    @ConfigProperty(name = "spreiding.http.tls", defaultValue = "false")
    private boolean tls;

    public boolean isTls() {
        return tls;
    }
}
