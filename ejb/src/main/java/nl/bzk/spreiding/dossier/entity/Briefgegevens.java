package nl.bzk.spreiding.dossier.entity;

import java.time.LocalDate;

/**
 * The letter's details as a ministry letter carries them (issue 31): Kamerstuk (the dossier number, e.g. "31 490"; the
 * ondernummer is known only after dispatch), vergaderjaar, kenmerk, Betreft, the letter's date, and the signatory as an
 * account (login) with the function and name printed under the letter.
 */
public record Briefgegevens(
        String kamerstuk,
        String vergaderjaar,
        String kenmerk,
        String betreft,
        LocalDate datum,
        String ondertekenaar,
        String ondertekenaarFunctie,
        String ondertekenaarNaam) {}
