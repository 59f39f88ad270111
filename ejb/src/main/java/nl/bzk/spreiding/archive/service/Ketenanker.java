package nl.bzk.spreiding.archive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.bzk.spreiding.archive.ondertekening.Tijdstempelaar;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The archive chain's head kept outside the database (issue 30): after every committed link a line "volgnummer hash
 * moment" is appended to {@code <spreiding.data.dir>/archiefketen/koppen.txt} (the folder every instance shares, as
 * for the signing key) and written to the log. Someone who can write to the database, and so delete the chain's tail
 * together with its audit line, cannot reach this file from there; the chain check compares the two. The head is also
 * in every pakbon of an export. A failure to write is logged and does not undo the archiving.
 */
@ApplicationScoped
public class Ketenanker {

    private static final Logger LOG = Logger.getLogger(Ketenanker.class.getName());

    /** A committed link, as the anchor records it. */
    public record Kop(long volgnummer, String hash, OffsetDateTime op) {
        /** The line in the anchor file, and what the time-stamp service stamps. */
        String regel() {
            return volgnummer + " " + hash + " " + op;
        }
    }

    /**
     * The time-stamp service's word on an anchored head: when it saw exactly this line, and whether its signature over
     * that holds ({@code klopt}). A stamp is a third party's proof that the head existed then, which neither the
     * database nor the data folder can rewrite.
     */
    public record Stempel(OffsetDateTime op, boolean klopt) {}

    @Inject
    Ondertekensleutel sleutel;

    @Inject
    @ConfigProperty(name = "spreiding.data.dir", defaultValue = "./data")
    String dataMap;

    void vastgelegd(@Observes(during = TransactionPhase.AFTER_SUCCESS) Kop kop) {
        LOG.info(() -> "Archiefketen: schakel " + kop.volgnummer() + ", kophash " + kop.hash());
        Path bestand = bestand();
        try {
            Files.createDirectories(bestand.getParent());
            byte[] regel = (kop.regel() + "\n").getBytes(StandardCharsets.UTF_8);
            // Appended under a file lock: instances sharing the folder write one whole line at a time.
            try (FileChannel kanaal = FileChannel.open(
                            bestand, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                    FileLock slot = kanaal.lock()) {
                kanaal.write(ByteBuffer.wrap(regel));
                kanaal.force(true);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "Archiefketen: de kop van schakel " + kop.volgnummer() + " kon niet buiten de "
                            + "database worden vastgelegd in " + bestand,
                    e);
        }
        stempel(kop);
    }

    /** Where a time-stamp service is configured, its RFC 3161 token over the head's line, next to the anchor file. */
    private void stempel(Kop kop) {
        Tijdstempelaar tsa = tijdstempelaar();
        if (tsa == null) {
            return;
        }
        try {
            TimeStampToken token = tsa.stempel(kop.regel().getBytes(StandardCharsets.UTF_8));
            Path bestand = stempelbestand(kop.volgnummer());
            Files.createDirectories(bestand.getParent());
            Files.write(bestand, token.getEncoded());
            LOG.info(() -> "Archiefketen: kop van schakel " + kop.volgnummer() + " tijdgestempeld door " + tsa.adres()
                    + " op " + token.getTimeStampInfo().getGenTime().toInstant());
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "Archiefketen: de kop van schakel " + kop.volgnummer() + " kon niet worden tijdgestempeld",
                    e);
        }
    }

    /** The configured time-stamp service, or null (then heads are anchored without a stamp). */
    Tijdstempelaar tijdstempelaar() {
        return sleutel.tijdstempelaar();
    }

    /** The time-stamp of an anchored head, checked against its line; empty when there is none. */
    public Optional<Stempel> stempel(Kop kop, ZoneId zone) {
        Path bestand = stempelbestand(kop.volgnummer());
        if (!Files.isRegularFile(bestand)) {
            return Optional.empty();
        }
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(Files.readAllBytes(bestand)));
            byte[] verwacht =
                    MessageDigest.getInstance("SHA-256").digest(kop.regel().getBytes(StandardCharsets.UTF_8));
            boolean klopt =
                    MessageDigest.isEqual(verwacht, token.getTimeStampInfo().getMessageImprintDigest())
                            && handtekeningKlopt(token);
            return Optional.of(new Stempel(
                    token.getTimeStampInfo()
                            .getGenTime()
                            .toInstant()
                            .atZone(zone)
                            .toOffsetDateTime(),
                    klopt));
        } catch (IOException | GeneralSecurityException | CMSException | TSPException | RuntimeException e) {
            LOG.log(Level.WARNING, "Archiefketen: de tijdstempel " + bestand + " is niet te lezen", e);
            return Optional.of(new Stempel(null, false));
        }
    }

    /** The token's signature against the certificate it carries (the service's trust is the verification's matter). */
    private static boolean handtekeningKlopt(TimeStampToken token) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certificaten = token.getCertificates().getMatches(token.getSID());
        for (X509CertificateHolder c : certificaten) {
            try {
                token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(c));
                return true;
            } catch (TSPException | OperatorCreationException | CertificateException e) {
                // try the next one
            }
        }
        return false;
    }

    Path stempelbestand(long volgnummer) {
        return Path.of(dataMap, "archiefketen", "stempels", volgnummer + ".tst");
    }

    /** The highest link the anchor recorded, or empty when it has none (a fresh install, or no file yet). */
    public Optional<Kop> hoogste() {
        Path bestand = bestand();
        if (!Files.isRegularFile(bestand)) {
            return Optional.empty();
        }
        try {
            List<String> regels = Files.readAllLines(bestand, StandardCharsets.UTF_8);
            Kop hoogste = null;
            for (String regel : regels) {
                String[] delen = regel.strip().split(" ");
                if (delen.length == 3) {
                    try {
                        Kop k = new Kop(Long.parseLong(delen[0]), delen[1], OffsetDateTime.parse(delen[2]));
                        if (hoogste == null || k.volgnummer() > hoogste.volgnummer()) {
                            hoogste = k;
                        }
                    } catch (RuntimeException e) {
                        // A torn or foreign line is skipped; the lines around it still count.
                    }
                }
            }
            return Optional.ofNullable(hoogste);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Archiefketen: het anker " + bestand + " is niet te lezen", e);
            return Optional.empty();
        }
    }

    Path bestand() {
        return Path.of(dataMap, "archiefketen", "koppen.txt");
    }
}
