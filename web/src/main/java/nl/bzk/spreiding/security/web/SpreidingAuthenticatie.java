package nl.bzk.spreiding.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * One mechanism for pages and API. Pages log in through the login form (which calls
 * SecurityContext.authenticate) and keep the login in the session; API clients send HTTP Basic on every request
 * and get no session. Unauthenticated requests to the API get 401, to a page a redirect to the login page.
 * <p>
 * The session keeps the caller's name and groups and re-applies both on each request. Soteria's
 * {@code @AutoApplySession} was dropped: under concurrent sessions of one user it now and then re-applied the
 * caller without groups, so a logged-in coordinator got a 403 (seen in the load benchmark).
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/spreiding",
        callerQuery = "SELECT wachtwoord_hash FROM gebruiker WHERE gebruikersnaam = ? AND actief = TRUE",
        groupsQuery = "SELECT r.rol FROM gebruiker_rol r JOIN gebruiker g ON g.id = r.gebruiker_id WHERE g.gebruikersnaam = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations=210000",
                "Pbkdf2PasswordHash.SaltSizeBytes=32",
                "Pbkdf2PasswordHash.KeySizeBytes=32"})
public class SpreidingAuthenticatie implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGINA = "/login.xhtml";
    private static final String SESSIE_NAAM = "spreiding.gebruiker";
    private static final String SESSIE_GROEPEN = "spreiding.groepen";

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    private final BasicCache basicCache = new BasicCache();

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return valideer(context.getAuthParameters().getCredential(), request, response, context);
        }
        HttpSession sessie = request.getSession(false);
        if (sessie != null && sessie.getAttribute(SESSIE_NAAM) instanceof String naam
                && sessie.getAttribute(SESSIE_GROEPEN) instanceof String[] groepen) {
            return context.notifyContainerAboutLogin(naam, Set.of(groepen));
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = basic(authorization.substring(6).trim());
            if (credential == null) {
                return weiger(response, context);
            }
            long nu = System.currentTimeMillis();
            BasicCache.Login bekend = basicCache.zoek(credential.getCaller(), credential.getPasswordAsString(), nu);
            if (bekend != null) {
                return context.notifyContainerAboutLogin(bekend.naam(), bekend.groepen());
            }
            CredentialValidationResult result = identityStoreHandler.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return weiger(response, context);
            }
            basicCache.bewaar(credential.getCaller(), credential.getPasswordAsString(), result.getCallerPrincipal().getName(),
                    result.getCallerGroups(), nu);
            return context.notifyContainerAboutLogin(result);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return weiger(response, context);
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGINA);
    }

    private AuthenticationStatus valideer(Credential credential, HttpServletRequest request,
                                          HttpServletResponse response, HttpMessageContext context) {
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (context.isAuthenticationRequest()) {
                // Form login: remember the caller in a fresh session (no session id planted before login survives).
                HttpSession oud = request.getSession(false);
                if (oud != null) {
                    oud.invalidate();
                }
                HttpSession sessie = request.getSession(true);
                sessie.setAttribute(SESSIE_NAAM, result.getCallerPrincipal().getName());
                sessie.setAttribute(SESSIE_GROEPEN, new HashSet<>(result.getCallerGroups()).toArray(String[]::new));
            }
            return context.notifyContainerAboutLogin(result);
        }
        if (isApi(request) || !context.isAuthenticationRequest()) {
            return weiger(response, context);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus weiger(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Spreiding\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static UsernamePasswordCredential basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    static boolean isApi(HttpServletRequest request) {
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        return pad.startsWith("/api/") || pad.equals("/api");
    }
}
