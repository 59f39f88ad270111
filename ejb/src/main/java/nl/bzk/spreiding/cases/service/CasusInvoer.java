package nl.bzk.spreiding.cases.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.Vrijetekst;
import nl.bzk.spreiding.submission.service.Ftegetal;

/**
 * What a user fills in for a case. The form of each field is checked here (platform.Invoercontrole); whether the
 * codes exist and the provinces fit the kind of case is checked by {@link Casussen} against the database.
 */
public record CasusInvoer(
        @NotBlank @Regeltekst(max = 300) String titel,
        @Vrijetekst String omschrijving,
        @NotBlank @Regeltekst String onderdeel,
        @NotBlank @Regeltekst String soort,
        @Ftegetal BigDecimal fte,
        @Regeltekst String vanProvincie,
        @Regeltekst String vanGemeente,
        @Regeltekst String naarProvincie,
        @Regeltekst String naarGemeente,

        @Size(max = 100, message = "{spreiding.lijst.message} maatregelen")
        List<@NotBlank @Regeltekst String> maatregelen) {}
