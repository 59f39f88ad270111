package nl.bzk.spreiding.actionplan.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import nl.bzk.spreiding.actionplan.entity.StandLabel;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.Vrijetekst;

/**
 * The form of what BZK fills in for the action plan, checked by platform.Invoercontrole before {@link Actieplan} reads
 * anything. Whether a period's date follows the previous one, or the period is still open, the service decides.
 */
final class Actieplaninvoer {

    private Actieplaninvoer() {}

    record Periode(
            @NotBlank @Regeltekst(max = 60) String naam,
            @NotNull LocalDate peildatum) {}

    record Maatregel(
            @NotBlank @Regeltekst String titel,
            @NotBlank @Vrijetekst String doelstelling,
            List<@Vrijetekst String> acties) {}

    record Stand(
            @NotNull(message = "{spreiding.stand.label}") StandLabel label,
            @Regeltekst(max = 200) String verantwoordelijke,
            List<@Vrijetekst String> punten) {}
}
