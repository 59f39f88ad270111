package nl.bzk.spreiding.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Marks the session cookie Secure when the application is served over TLS (only possible while the context starts). */
@WebListener
public class TlsInstelling implements ServletContextListener {

    @Inject
    private Transport transport;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (transport.isTls()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
