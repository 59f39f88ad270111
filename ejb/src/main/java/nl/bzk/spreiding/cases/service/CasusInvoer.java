package nl.bzk.spreiding.cases.service;

import java.math.BigDecimal;
import java.util.List;

/** What a user fills in for a case. */
public record CasusInvoer(
        String titel,
        String omschrijving,
        String onderdeel,
        String soort,
        BigDecimal fte,
        String vanProvincie,
        String vanGemeente,
        String naarProvincie,
        String naarGemeente,
        List<String> maatregelen) {}
