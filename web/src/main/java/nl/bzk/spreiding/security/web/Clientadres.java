package nl.bzk.spreiding.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address as the sign-in throttle counts it. Behind a load balancer every request comes from the balancer,
 * so one attacker would block everybody's address key; the balancer says who the client is in X-Forwarded-For. That
 * header is believed only when the request comes from a configured proxy ({@code spreiding.aanmelden.vertrouwde-proxies},
 * a comma-separated list of addresses), and then read from the right: the last address no trusted proxy added. From
 * anyone else the header is ignored, so a client cannot pick its own key.
 */
@ApplicationScoped
public class Clientadres {

    private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    @Inject
    @ConfigProperty(name = "spreiding.aanmelden.vertrouwde-proxies")
    Optional<String> proxies;

    private Set<String> vertrouwd;

    public String van(HttpServletRequest request) {
        return van(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")), vertrouwd());
    }

    static String van(String bron, List<String> doorgestuurd, Set<String> vertrouwd) {
        if (bron == null || !vertrouwd.contains(bron)) {
            return bron;
        }
        List<String> keten = new ArrayList<>();
        doorgestuurd.forEach(h -> Arrays.stream(h.split(",")).map(String::strip).forEach(keten::add));
        for (int i = keten.size() - 1; i >= 0; i--) {
            String adres = keten.get(i);
            if (!IP.matcher(adres).matches()) {
                return bron;
            }
            if (!vertrouwd.contains(adres)) {
                return adres;
            }
        }
        return bron;
    }

    private Set<String> vertrouwd() {
        if (vertrouwd == null) {
            vertrouwd = proxies.map(p -> Arrays.stream(p.split(","))
                            .map(String::strip)
                            .filter(a -> !a.isEmpty())
                            .collect(Collectors.toUnmodifiableSet()))
                    .orElse(Set.of());
        }
        return vertrouwd;
    }
}
