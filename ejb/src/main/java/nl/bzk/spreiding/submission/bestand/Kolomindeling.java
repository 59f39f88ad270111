package nl.bzk.spreiding.submission.bestand;

import java.util.List;
import java.util.function.Function;

/**
 * The columns of one kind of file (a submission, the historical series), named in its header row in any order and
 * case, and how a data row becomes the record that is checked next. {@link Bestandsinlezer} reads any of them with the
 * same bounds.
 */
public interface Kolomindeling<T> {

    /** Every column the file may have, in the template's order. */
    List<String> alle();

    /** The columns the header row must name. */
    List<String> verplicht();

    /** Informative columns of a template (names beside codes), read past. */
    default List<String> genegeerd() {
        return List.of();
    }

    /** The record of data row {@code rij} (1 = the first data row); {@code waarde} gives a cell by column name. */
    T rij(int rij, Function<String, String> waarde);
}
