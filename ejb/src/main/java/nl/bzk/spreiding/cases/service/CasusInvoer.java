package nl.bzk.spreiding.cases.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import nl.bzk.spreiding.platform.Vrijetekst;
import nl.bzk.spreiding.submission.service.Ftegetal;

/**
 * What a user fills in for a case. The form of each field is checked here (platform.Invoercontrole); whether the
 * codes exist and the provinces fit the kind of case is checked by {@link Casussen} against the database.
 */
public record CasusInvoer(
        @NotBlank @Vrijetekst(max = 300) String titel,
        @Vrijetekst String omschrijving,
        @NotBlank String onderdeel,
        @NotBlank String soort,
        @Ftegetal BigDecimal fte,
        String vanProvincie,
        @Vrijetekst String vanGemeente,
        String naarProvincie,
        @Vrijetekst String naarGemeente,

        @Size(max = 100, message = "{spreiding.lijst.message} maatregelen")
        List<@NotBlank String> maatregelen) {}
