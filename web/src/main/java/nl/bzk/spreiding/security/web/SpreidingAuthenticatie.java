package nl.bzk.spreiding.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.bzk.spreiding.platform.api.ApiFout;
import nl.bzk.spreiding.security.service.Aanmelden;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One mechanism for pages and API. Pages log in through the login form (which calls
 * SecurityContext.authenticate) and keep the login in the session; API clients send HTTP Basic on every request
 * and get no session. Unauthenticated requests to the API get 401, to a page a redirect to the login page.
 * <p>
 * The session keeps the caller's name, groups, sign-in moment and session key and re-applies them on each request,
 * after checking that the session key is still the user's (password unchanged, account active, sessions not ended)
 * and that the absolute session lifetime has not passed. Soteria's {@code @AutoApplySession} was dropped: under
 * concurrent sessions of one user it now and then re-applied the caller without groups (a 403 in the load benchmark).
 * <p>
 * Failed sign-ins are throttled per login name and per client address ({@link Aanmelden}); a blocked attempt is
 * refused before the password is looked at, the same way for every name.
 */
@ApplicationScoped
public class SpreidingAuthenticatie implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGINA = "/login.xhtml";
    /** Request attribute for the login page: seconds until a throttled sign-in may be tried again. */
    static final String GEBLOKKEERD = "spreiding.aanmelden.geblokkeerd";

    private static final String SESSIE_NAAM = "spreiding.gebruiker";
    private static final String SESSIE_GROEPEN = "spreiding.groepen";
    private static final String SESSIE_SLEUTEL = "spreiding.sessiesleutel";
    private static final String SESSIE_BEGIN = "spreiding.aangemeld";
    private static final String SESSIE_TIJDELIJK = "spreiding.wachtwoord-tijdelijk";
    /** The token the sign-out form sends back (Uitloggen): a page of another site cannot know it. */
    private static final String SESSIE_UITLOGTOKEN = "spreiding.uitlogtoken";
    /** Request attribute: the caller signed in with a temporary password and may only change it (TijdelijkWachtwoord). */
    static final String WACHTWOORD_WIJZIGEN = "spreiding.wachtwoord-wijzigen";

    @Inject
    private Clientadres clientadres;

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @Inject
    private Aanmelden aanmelden;

    @Inject
    private Transport transport;

    @Inject
    private OidcAanmelding oidc;

    /** Request attribute for the login page: the password form is off because people sign in through OpenID Connect. */
    static final String WACHTWOORD_UIT = "spreiding.aanmelden.wachtwoord-uit";

    @Inject
    @ConfigProperty(name = "spreiding.sessie.maximale-duur", defaultValue = "PT8H")
    private String maximaleDuurInstelling;

    private Duration maximaleDuur;

    private final BasicCache basicCache = new BasicCache();

    @PostConstruct
    void init() {
        maximaleDuur = Duration.parse(maximaleDuurInstelling);
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Responsbeveiliging.zet(request, response, transport.isTls(), oidc.getHerkomst());
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            if (oidc.isIngeschakeld()) {
                request.setAttribute(WACHTWOORD_UIT, true);
                return AuthenticationStatus.SEND_FAILURE;
            }
            return formulier(context.getAuthParameters().getCredential(), request, response, context);
        }
        if (oidc.isIngeschakeld()) {
            String pad =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (pad.equals(OidcAanmelding.START)) {
                return context.redirect(oidc.startadres(request));
            }
            if (pad.equals(OidcAanmelding.TERUG)) {
                return terugVanProvider(request, context);
            }
        }
        HttpSession sessie = request.getSession(false);
        if (sessie != null
                && sessie.getAttribute(SESSIE_NAAM) instanceof String naam
                && sessie.getAttribute(SESSIE_GROEPEN) instanceof String[] groepen) {
            String einde = sessieEinde(sessie, naam);
            if (einde == null) {
                if (Boolean.TRUE.equals(sessie.getAttribute(SESSIE_TIJDELIJK))) {
                    request.setAttribute(WACHTWOORD_WIJZIGEN, true);
                }
                return context.notifyContainerAboutLogin(naam, Set.of(groepen));
            }
            sessie.invalidate();
            return ApiFout.isApi(request)
                    ? weiger(response, context)
                    : context.redirect(request.getContextPath() + LOGIN_PAGINA + "?" + einde);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (ApiFout.isApi(request)) {
            return weiger(response, context);
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGINA);
    }

    /** Null while the session may go on; otherwise the login page's parameter that says why it ended. */
    private String sessieEinde(HttpSession sessie, String naam) {
        if (sessie.getAttribute(SESSIE_BEGIN) instanceof Long begin
                && System.currentTimeMillis() - begin > maximaleDuur.toMillis()) {
            return "verlopen=maximaal";
        }
        Optional<String> sleutel = aanmelden.sessiesleutel(naam);
        return sleutel.isPresent() && sleutel.get().equals(sessie.getAttribute(SESSIE_SLEUTEL)) ? null : "beeindigd=ja";
    }

    private AuthenticationStatus basic(
            String encoded, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        UsernamePasswordCredential credential = basicCredential(encoded);
        if (credential == null) {
            return weiger(response, context);
        }
        long nu = System.currentTimeMillis();
        BasicCache.Login bekend = basicCache.zoek(credential.getCaller(), credential.getPasswordAsString(), nu);
        if (bekend != null) {
            if (aanmelden
                    .sessiesleutel(bekend.naam())
                    .filter(bekend.sessiesleutel()::equals)
                    .isPresent()) {
                basicCache.bevestigd(credential.getCaller(), credential.getPasswordAsString(), bekend, nu);
                if (bekend.wachtwoordTijdelijk()) {
                    request.setAttribute(WACHTWOORD_WIJZIGEN, true);
                }
                return context.notifyContainerAboutLogin(bekend.naam(), bekend.groepen());
            }
            basicCache.vergeet(credential.getCaller(), credential.getPasswordAsString());
        }
        OffsetDateTime geblokkeerd = aanmelden.geblokkeerdTot(credential.getCaller(), clientadres.van(request));
        if (geblokkeerd != null) {
            return teVaak(response, context, geblokkeerd);
        }
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            aanmelden.mislukt(credential.getCaller(), clientadres.van(request));
            return weiger(response, context);
        }
        aanmelden.gelukt(credential.getCaller(), clientadres.van(request));
        // One query for what the request and the cache need: the session key and whether the password is temporary.
        aanmelden.gegevens(result.getCallerPrincipal().getName()).ifPresent(g -> {
            if (g.wachtwoordTijdelijk()) {
                request.setAttribute(WACHTWOORD_WIJZIGEN, true);
            }
            basicCache.bewaar(
                    credential.getCaller(),
                    credential.getPasswordAsString(),
                    g.gebruikersnaam(),
                    g.rollen(),
                    g.sessiesleutel(),
                    g.wachtwoordTijdelijk(),
                    nu);
        });
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus formulier(
            Credential credential,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context) {
        String gebruikersnaam = credential instanceof UsernamePasswordCredential c ? c.getCaller() : "";
        OffsetDateTime geblokkeerd = aanmelden.geblokkeerdTot(gebruikersnaam, clientadres.van(request));
        if (geblokkeerd != null) {
            request.setAttribute(GEBLOKKEERD, seconden(geblokkeerd));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            aanmelden.mislukt(gebruikersnaam, clientadres.van(request));
            return AuthenticationStatus.SEND_FAILURE;
        }
        aanmelden.gelukt(gebruikersnaam, clientadres.van(request));
        Optional<Aanmelden.Aanmeldgegevens> gegevens =
                aanmelden.gegevens(result.getCallerPrincipal().getName());
        if (gegevens.isEmpty()) {
            // Deactivated between the password check and now.
            return AuthenticationStatus.SEND_FAILURE;
        }
        nieuweSessie(request, gegevens.get(), gegevens.get().wachtwoordTijdelijk());
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Remembers the caller in a fresh session (no session id planted before sign-in survives), for the password form and
     * the identity provider alike.
     */
    private static HttpSession nieuweSessie(
            HttpServletRequest request, Aanmelden.Aanmeldgegevens g, boolean tijdelijk) {
        HttpSession oud = request.getSession(false);
        if (oud != null) {
            oud.invalidate();
        }
        HttpSession sessie = request.getSession(true);
        sessie.setAttribute(SESSIE_NAAM, g.gebruikersnaam());
        sessie.setAttribute(SESSIE_GROEPEN, g.rollen().toArray(String[]::new));
        sessie.setAttribute(SESSIE_SLEUTEL, g.sessiesleutel());
        sessie.setAttribute(SESSIE_BEGIN, System.currentTimeMillis());
        sessie.setAttribute(SESSIE_UITLOGTOKEN, OidcAanmelding.willekeurig());
        if (tijdelijk) {
            sessie.setAttribute(SESSIE_TIJDELIJK, true);
            request.setAttribute(WACHTWOORD_WIJZIGEN, true);
        }
        return sessie;
    }

    /** The sign-out token of the signed-in session, for the sign-out form; null without one. */
    static String uitlogtoken(HttpSession sessie) {
        return sessie == null ? null : (String) sessie.getAttribute(SESSIE_UITLOGTOKEN);
    }

    /** Whether a sign-out request carries the session's token (compared in constant time). */
    static boolean uitlogtokenKlopt(HttpSession sessie, String token) {
        String verwacht = uitlogtoken(sessie);
        return verwacht != null
                && token != null
                && MessageDigest.isEqual(
                        verwacht.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    /** The provider sent the person back: verify, match to a user row, and open a session like the form login does. */
    private AuthenticationStatus terugVanProvider(HttpServletRequest request, HttpMessageContext context) {
        String login = request.getContextPath() + LOGIN_PAGINA;
        Optional<OidcAanmelding.Persoon> persoon = oidc.terugkeer(request);
        if (persoon.isEmpty()) {
            return context.redirect(login + "?oidc=mislukt");
        }
        Aanmelden.OidcUitkomst uitkomst =
                aanmelden.oidc(persoon.get().gebruikersnaam(), persoon.get().naam(), oidc.isAutomatischAanmaken());
        if (uitkomst.weigering() != null) {
            return context.redirect(
                    login + "?oidc=" + uitkomst.weigering().name().toLowerCase(Locale.ROOT));
        }
        // Passwords are for technical accounts once people sign in at the provider: no password change is asked here.
        nieuweSessie(request, uitkomst.gegevens(), false)
                .setAttribute(OidcAanmelding.ID_TOKEN, persoon.get().idToken());
        return context.redirect(request.getContextPath() + "/index.xhtml");
    }

    private static long seconden(OffsetDateTime tot) {
        return Aanmelden.wachtSeconden(tot);
    }

    /** 429 with Retry-After: the same answer for every login name, so it tells nothing about accounts. */
    private static AuthenticationStatus teVaak(
            HttpServletResponse response, HttpMessageContext context, OffsetDateTime tot) {
        long seconden = seconden(tot);
        try {
            response.setHeader("Retry-After", String.valueOf(seconden));
            ApiFout.schrijf(response, 429, blokkadeMelding(seconden));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The same words for every login name, known or not. */
    static String blokkadeMelding(long seconden) {
        long minuten = Math.max(1, (seconden + 59) / 60);
        return "Te veel mislukte inlogpogingen. Probeer het over " + minuten + (minuten == 1 ? " minuut" : " minuten")
                + " opnieuw.";
    }

    private static AuthenticationStatus weiger(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Spreiding\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static UsernamePasswordCredential basicCredential(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0
                    ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
