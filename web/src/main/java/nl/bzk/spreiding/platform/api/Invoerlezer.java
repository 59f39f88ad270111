package nl.bzk.spreiding.platform.api;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import nl.bzk.spreiding.platform.Invoercontrole;

/**
 * Every request body the API reads as one of this application's records is checked against its constraints
 * (platform.Invoercontrole: the text rule, lengths, required fields) as soon as it is read, before any resource or
 * service sees it. A refusal is a 400 naming each field; nothing is read or stored. One place, so that a new resource
 * cannot forget it; TekstregelTest checks that every text of such a record carries the text rule.
 */
@Provider
public class Invoerlezer implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object invoer = context.proceed();
        if (invoer != null
                && invoer.getClass().isRecord()
                && invoer.getClass().getName().startsWith("nl.bzk.spreiding.")) {
            Invoercontrole.controleer(invoer);
        }
        return invoer;
    }
}
