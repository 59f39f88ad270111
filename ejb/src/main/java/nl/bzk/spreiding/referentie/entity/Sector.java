package nl.bzk.spreiding.referentie.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the six sectors of rijkswerkgelegenheid (ministeries, Nationale Politie, Rechtspraak, DJI, Defensie, zbo's). */
@Entity
@Table(name = "sector")
@Cacheable
public class Sector {

    @Id
    private String code;
    private String naam;
    private int volgorde;

    public String getCode() { return code; }
    public String getNaam() { return naam; }
    public int getVolgorde() { return volgorde; }
}
