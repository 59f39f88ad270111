package nl.bzk.spreiding.notificatie;

import java.util.List;

/**
 * An e-mail to send once the transaction that caused it has committed: fired as a CDI event, so a rolled-back action
 * never mails anyone. Texts are Dutch and name people and things, never codes.
 */
public record Bericht(List<Ontvanger> aan, String onderwerp, String tekst) {

    public record Ontvanger(String naam, String adres) {}

    public Bericht {
        aan = List.copyOf(aan);
    }
}
