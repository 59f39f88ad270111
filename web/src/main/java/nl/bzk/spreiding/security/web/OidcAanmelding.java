package nl.bzk.spreiding.security.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in of people through the organisation's OpenID Connect provider (authorization code flow with PKCE, state and
 * nonce), switched on by {@code spreiding.oidc.ingeschakeld}. The ID token is verified against the provider's published
 * keys (issuer, audience, expiry, nonce, signature); the login name claim is then matched to a user row, whose roles and
 * ministry stay in Spreiding's administration (see {@code Aanmelden.oidc}).
 */
@ApplicationScoped
public class OidcAanmelding {

    static final String START = "/oidc/start";
    static final String TERUG = "/oidc/terug";
    private static final String STAAT = "spreiding.oidc.staat";
    private static final String NONCE = "spreiding.oidc.nonce";
    private static final String VERIFIER = "spreiding.oidc.verifier";
    static final String ID_TOKEN = "spreiding.oidc.idtoken";
    private static final Logger LOG = Logger.getLogger(OidcAanmelding.class.getName());
    private static final SecureRandom WILLEKEURIG = new SecureRandom();

    @Inject
    @ConfigProperty(name = "spreiding.oidc.ingeschakeld", defaultValue = "false")
    private boolean ingeschakeld;

    @Inject
    @ConfigProperty(name = "spreiding.oidc.issuer")
    private Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "spreiding.oidc.client-id")
    private Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "spreiding.oidc.client-secret")
    private Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "spreiding.oidc.scopes", defaultValue = "openid profile")
    private String scopes;

    @Inject
    @ConfigProperty(name = "spreiding.oidc.claim-gebruikersnaam", defaultValue = "preferred_username")
    private String claimGebruikersnaam;

    @Inject
    @ConfigProperty(name = "spreiding.oidc.automatisch-aanmaken", defaultValue = "false")
    private boolean automatischAanmaken;

    @Inject
    @ConfigProperty(name = "spreiding.oidc.publieke-url")
    private Optional<String> publiekeUrl;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private volatile Provider provider;

    /** What the provider publishes at its discovery address, read once. */
    private record Provider(
            String issuer,
            String autorisatie,
            String token,
            String afmelden,
            DefaultJWTProcessor<SecurityContext> controle) {}

    /** The verified person: the login name and, when the token carries one, the name. */
    record Persoon(String gebruikersnaam, String naam, String idToken) {}

    /**
     * Checked when the application starts, not at the first sign-in: settings that cannot work stop the start with the
     * reason (issue 32).
     */
    void bijStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
        controleer();
    }

    @PostConstruct
    void controleer() {
        String waarom = waaromNietStarten(ingeschakeld, issuer, clientId, clientSecret, publiekeUrl);
        if (waarom != null) {
            throw new IllegalStateException(waarom);
        }
    }

    /**
     * Why OpenID Connect cannot run with these settings, or null. The public address is required: the redirect address
     * the provider sends the browser back to is never made from the request's Host header, which a client chooses.
     */
    static String waaromNietStarten(
            boolean aan,
            Optional<String> issuer,
            Optional<String> clientId,
            Optional<String> clientSecret,
            Optional<String> publiekeUrl) {
        if (!aan) {
            return null;
        }
        if (issuer.isEmpty() || clientId.isEmpty() || clientSecret.isEmpty()) {
            return "OpenID Connect staat aan maar spreiding.oidc.issuer, spreiding.oidc.client-id of "
                    + "spreiding.oidc.client-secret (omgevingsvariabele SPREIDING_OIDC_CLIENT_SECRET) ontbreekt";
        }
        String adres = publiekeUrl.map(String::strip).orElse("");
        if (adres.isEmpty()) {
            return "OpenID Connect staat aan maar spreiding.oidc.publieke-url ontbreekt: het openbare adres van de "
                    + "applicatie (bijvoorbeeld https://spreiding.example/spreiding), waarnaar de provider terugstuurt";
        }
        try {
            URI u = new URI(adres);
            if (!("https".equals(u.getScheme()) || "http".equals(u.getScheme())) || u.getHost() == null) {
                return "spreiding.oidc.publieke-url '" + adres + "' is geen http(s)-adres met een host";
            }
        } catch (URISyntaxException e) {
            return "spreiding.oidc.publieke-url '" + adres + "' is geen geldig adres";
        }
        return null;
    }

    public boolean isIngeschakeld() {
        return ingeschakeld;
    }

    /** The provider's origin (scheme, host, port) when OpenID Connect is on, for the security policy; else null. */
    public String getHerkomst() {
        if (!ingeschakeld) {
            return null;
        }
        URI u = URI.create(issuer.get());
        return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
    }

    boolean isAutomatischAanmaken() {
        return automatischAanmaken;
    }

    /** The address of the provider's sign-in page for a new attempt; state, nonce and PKCE verifier are kept in the session. */
    String startadres(HttpServletRequest request) {
        Provider p = provider();
        HttpSession sessie = request.getSession(true);
        String staat = willekeurig();
        String nonce = willekeurig();
        String verifier = willekeurig() + willekeurig();
        sessie.setAttribute(STAAT, staat);
        sessie.setAttribute(NONCE, nonce);
        sessie.setAttribute(VERIFIER, verifier);
        return p.autorisatie() + (p.autorisatie().contains("?") ? "&" : "?") + "response_type=code&client_id="
                + enc(clientId.get())
                + "&redirect_uri=" + enc(terugadres()) + "&scope=" + enc(scopes) + "&state=" + enc(staat)
                + "&nonce=" + enc(nonce)
                + "&code_challenge=" + enc(challenge(verifier)) + "&code_challenge_method=S256";
    }

    /**
     * The person the provider sent back, after checking state, exchanging the code and verifying the ID token; empty (and
     * logged) when anything does not match, so a forged or replayed callback signs nobody in.
     */
    Optional<Persoon> terugkeer(HttpServletRequest request) {
        HttpSession sessie = request.getSession(false);
        String staat = request.getParameter("state");
        String code = request.getParameter("code");
        if (sessie == null || staat == null || code == null || !staat.equals(sessie.getAttribute(STAAT))) {
            LOG.warning("OpenID Connect: terugkeer zonder geldige state; geweigerd");
            return Optional.empty();
        }
        String nonce = (String) sessie.getAttribute(NONCE);
        String verifier = (String) sessie.getAttribute(VERIFIER);
        sessie.removeAttribute(STAAT);
        sessie.removeAttribute(NONCE);
        sessie.removeAttribute(VERIFIER);
        try {
            Provider p = provider();
            String basic = Base64.getEncoder()
                    .encodeToString(
                            (enc(clientId.get()) + ":" + enc(clientSecret.get())).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> antwoord = http.send(
                    HttpRequest.newBuilder(URI.create(p.token()))
                            .timeout(Duration.ofSeconds(15))
                            .header("Authorization", "Basic " + basic)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + enc(code)
                                    + "&redirect_uri=" + enc(terugadres()) + "&code_verifier=" + enc(verifier)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (antwoord.statusCode() != 200) {
                LOG.warning(() -> "OpenID Connect: tokenendpoint antwoordde " + antwoord.statusCode());
                return Optional.empty();
            }
            String idToken = json(antwoord.body()).getString("id_token", null);
            if (idToken == null) {
                return Optional.empty();
            }
            JWTClaimsSet claims = p.controle().process(idToken, null);
            if (nonce == null || !nonce.equals(claims.getStringClaim("nonce"))) {
                LOG.warning("OpenID Connect: nonce klopt niet; geweigerd");
                return Optional.empty();
            }
            String login = claims.getStringClaim(claimGebruikersnaam);
            return login == null
                    ? Optional.empty()
                    : Optional.of(new Persoon(login, claims.getStringClaim("name"), idToken));
        } catch (IOException | ParseException | BadJOSEException | JOSEException e) {
            LOG.warning(() -> "OpenID Connect: aanmelding niet te controleren: " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Where to send the browser after the local logout, so the provider ends its session too (when it supports that). */
    Optional<String> afmeldadres(String idToken) {
        Provider p = provider();
        if (p.afmelden() == null) {
            return Optional.empty();
        }
        return Optional.of(p.afmelden() + (p.afmelden().contains("?") ? "&" : "?") + "client_id=" + enc(clientId.get())
                + (idToken == null ? "" : "&id_token_hint=" + enc(idToken))
                + "&post_logout_redirect_uri="
                + enc(basis() + SpreidingAuthenticatie.LOGIN_PAGINA + "?uitgelogd=true"));
    }

    private Provider provider() {
        Provider p = provider;
        if (p == null) {
            synchronized (this) {
                if (provider == null) {
                    provider = ontdek();
                }
                p = provider;
            }
        }
        return p;
    }

    private Provider ontdek() {
        String adres = issuer.get().replaceAll("/$", "") + "/.well-known/openid-configuration";
        try {
            HttpResponse<String> antwoord = http.send(
                    HttpRequest.newBuilder(URI.create(adres))
                            .timeout(Duration.ofSeconds(15))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonObject meta = json(antwoord.body());
            String uitgever = meta.getString("issuer");
            JWKSource<SecurityContext> sleutels = JWKSourceBuilder.create(
                            URI.create(meta.getString("jwks_uri")).toURL())
                    .retrying(true)
                    .build();
            DefaultJWTProcessor<SecurityContext> controle = new DefaultJWTProcessor<>();
            controle.setJWSKeySelector(new JWSVerificationKeySelector<>(
                    Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256, JWSAlgorithm.PS256), sleutels));
            controle.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                    clientId.get(),
                    new JWTClaimsSet.Builder().issuer(uitgever).build(),
                    Set.of("sub", "iat", "exp", "nonce")));
            return new Provider(
                    uitgever,
                    meta.getString("authorization_endpoint"),
                    meta.getString("token_endpoint"),
                    meta.getString("end_session_endpoint", null),
                    controle);
        } catch (IOException e) {
            throw new IllegalStateException("OpenID Connect: " + adres + " is niet bereikbaar", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String terugadres() {
        return basis() + TERUG;
    }

    /** The application's public address as configured (required when OpenID Connect is on; see controleer()). */
    private String basis() {
        return publiekeUrl.orElseThrow().strip().replaceAll("/$", "");
    }

    private static JsonObject json(String tekst) {
        try (var lezer = Json.createReader(new StringReader(tekst))) {
            return lezer.readObject();
        }
    }

    /** 24 random bytes, URL-safe: for state, nonce and the sign-out token of a session. */
    static String willekeurig() {
        byte[] b = new byte[24];
        WILLEKEURIG.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
