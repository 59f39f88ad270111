package nl.bzk.spreiding.notificatie;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends notifications over SMTP (Jakarta Mail), off unless spreiding.mail.aan=true. One message per recipient, so
 * nobody learns who else was mailed. Sending runs on its own thread after the action committed: a slow or absent
 * mail server never holds up or undoes a user's action; a failure is logged, the action stands.
 */
@Stateless
@PermitAll
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "spreiding.mail.aan", defaultValue = "false")
    private boolean aan;

    @Inject
    @ConfigProperty(name = "spreiding.mail.host", defaultValue = "localhost")
    private String host;

    @Inject
    @ConfigProperty(name = "spreiding.mail.poort", defaultValue = "25")
    private int poort;

    @Inject
    @ConfigProperty(name = "spreiding.mail.starttls", defaultValue = "false")
    private boolean starttls;

    @Inject
    @ConfigProperty(name = "spreiding.mail.gebruiker")
    private Optional<String> gebruiker;

    @Inject
    @ConfigProperty(name = "spreiding.mail.wachtwoord")
    private Optional<String> wachtwoord;

    @Inject
    @ConfigProperty(name = "spreiding.mail.afzender", defaultValue = "spreiding@localhost")
    private String afzender;

    @Inject
    @ConfigProperty(name = "spreiding.mail.afzendernaam", defaultValue = "Spreiding rijkswerkgelegenheid")
    private String afzenderNaam;

    @Inject
    @ConfigProperty(name = "spreiding.mail.timeout", defaultValue = "10000")
    private int timeout;

    public boolean isAan() {
        return aan;
    }

    @Asynchronous
    public void verstuur(Bericht bericht) {
        Session sessie = sessie();
        for (Bericht.Ontvanger o : bericht.aan()) {
            try {
                MimeMessage m = new MimeMessage(sessie);
                m.setFrom(new InternetAddress(afzender, afzenderNaam, "UTF-8"));
                m.setRecipient(Message.RecipientType.TO, new InternetAddress(o.adres(), o.naam(), "UTF-8"));
                m.setSubject(bericht.onderwerp(), "UTF-8");
                m.setText(bericht.tekst(), "UTF-8");
                m.setSentDate(new Date());
                m.setHeader("Auto-Submitted", "auto-generated");
                Transport.send(m);
            } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        e,
                        () -> "Bericht '" + bericht.onderwerp() + "' niet verstuurd aan " + o.adres() + ": "
                                + e.getMessage());
            }
        }
    }

    private Session sessie() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", String.valueOf(poort));
        p.put("mail.smtp.connectiontimeout", String.valueOf(timeout));
        p.put("mail.smtp.timeout", String.valueOf(timeout));
        p.put("mail.smtp.writetimeout", String.valueOf(timeout));
        p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        p.put("mail.smtp.starttls.required", String.valueOf(starttls));
        if (gebruiker.isPresent()) {
            p.put("mail.smtp.auth", "true");
            return Session.getInstance(p, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(gebruiker.get(), wachtwoord.orElse(""));
                }
            });
        }
        return Session.getInstance(p);
    }
}
