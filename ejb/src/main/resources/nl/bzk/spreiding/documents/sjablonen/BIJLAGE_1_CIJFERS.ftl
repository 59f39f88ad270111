<#-- Bijlage 1: de cijfers in kaarten en tabellen. -->
<#assign c = cijfers>
<document titel="Bijlage 1: Cijfers spreiding rijkswerkgelegenheid ${c.jaar?c}"
          onderwerp="Rijkswerkgelegenheid per provincie, sector en ministerie op ${c.peildatum}"
          kamerstuk="${document.kamerstuk}" vergaderjaar="${document.vergaderjaar}">
<kop niveau="1">Bijlage 1: Cijfers spreiding rijkswerkgelegenheid</kop>
<alinea>Rijkswerkgelegenheid in fte op ${c.peildatum}<#if c.vorigePeildatum??>, vergeleken met ${c.vorigePeildatum}</#if>.
Totaal: ${c.totaal.tekst} fte<#if c.groei??> (<#if c.groei.toename>+<#else>–</#if> ${c.groei.tekst} fte, ${c.groei.procentTekst} procent)</#if>.</alinea>

<kaart titel="Kaart 1: Rijkswerkgelegenheid per provincie op ${c.peildatum} (fte)" eenheid="fte" hoogte="250"
       alt="Kaart van Nederland waarin elke provincie is gekleurd naar het aantal fte rijkswerkgelegenheid op ${c.peildatum}">
<#list c.provincies?filter(p -> p.toeTeDelen) as p><gebied code="${p.code}" waarde="${p.fte?c}"/></#list>
</kaart>
<#if c.groei??>
<kaart titel="Kaart 2: Groei van de rijkswerkgelegenheid per provincie in ${c.vorigJaar?c} (procent)" eenheid="procent" hoogte="250"
       alt="Kaart van Nederland waarin elke provincie is gekleurd naar de procentuele groei van de rijkswerkgelegenheid in ${c.vorigJaar?c}">
<#list c.provincies?filter(p -> p.toeTeDelen && p.groeiProcent??) as p><gebied code="${p.code}" waarde="${p.groeiProcent?c}"/></#list>
</kaart>
</#if>
<kaart titel="Kaart 3: Prognose van de rijkswerkgelegenheid tot ${c.prognose.jaar?c} per provincie (procent)" eenheid="procent" hoogte="250"
       alt="Kaart van Nederland waarin elke provincie is gekleurd naar de verwachte procentuele verandering van de rijkswerkgelegenheid tot ${c.prognose.jaar?c}">
<#list c.provincies?filter(p -> p.toeTeDelen && p.prognoseProcent??) as p><gebied code="${p.code}" waarde="${p.prognoseProcent?c}"/></#list>
</kaart>

<kop niveau="2">Tabel 1: Rijkswerkgelegenheid per provincie</kop>
<tabel breedtes="3,2,2,2,1.5">
<rij kop="ja"><cel>Provincie</cel><cel uitlijning="rechts">${(c.vorigePeildatum)!"vorig jaar"}</cel><cel uitlijning="rechts">${c.peildatum}</cel><cel uitlijning="rechts">Groei (fte)</cel><cel uitlijning="rechts">Groei (%)</cel></rij>
<#list c.provincies as p>
<rij><cel>${p.naam}<#if p.randstad> (Randstad)</#if></cel><cel uitlijning="rechts">${p.vorigFteTekst}</cel><cel uitlijning="rechts">${p.fteTekst}</cel><cel uitlijning="rechts">${p.groeiTekst}</cel><cel uitlijning="rechts">${procent1(p.groeiProcent!)}</cel></rij>
</#list>
<rij vet="ja"><cel>Totaal</cel><cel uitlijning="rechts">${(c.totaalVorigJaar.tekst)!"–"}</cel><cel uitlijning="rechts">${c.totaal.tekst}</cel><cel uitlijning="rechts"><#if c.groei??><#if !c.groei.toename>– </#if>${c.groei.tekst}<#else>–</#if></cel><cel uitlijning="rechts">${procent1((c.groei.procent)!)}</cel></rij>
</tabel>
<#if c.randstadAandeelGroei??><toelichting>Aandeel van de Randstad (<#list c.provincies?filter(p -> p.randstad) as p>${p.naam}<#sep>, </#list>) in de groei: ${c.randstadAandeelGroei.tekst} procent.</toelichting></#if>

<kop niveau="2">Tabel 2: Rijkswerkgelegenheid per sector</kop>
<tabel breedtes="3,2,2,2,1.5">
<rij kop="ja"><cel>Sector</cel><cel uitlijning="rechts">${(c.vorigePeildatum)!"vorig jaar"}</cel><cel uitlijning="rechts">${c.peildatum}</cel><cel uitlijning="rechts">Groei (fte)</cel><cel uitlijning="rechts">Groei (%)</cel></rij>
<#list c.sectoren as s>
<rij><cel>${s.naam}</cel><cel uitlijning="rechts">${s.vorigFteTekst}</cel><cel uitlijning="rechts">${s.fteTekst}</cel><cel uitlijning="rechts">${s.groeiTekst}</cel><cel uitlijning="rechts">${procent1(s.groeiProcent!)}</cel></rij>
</#list>
</tabel>

<kop niveau="2">Tabel 3: Rijkswerkgelegenheid per ministerie</kop>
<tabel breedtes="4,2,2,2,1.5">
<rij kop="ja"><cel>Ministerie</cel><cel uitlijning="rechts">${(c.vorigePeildatum)!"vorig jaar"}</cel><cel uitlijning="rechts">${c.peildatum}</cel><cel uitlijning="rechts">Groei (fte)</cel><cel uitlijning="rechts">Groei (%)</cel></rij>
<#list c.ministeries as m>
<rij><cel>${m.naam}</cel><cel uitlijning="rechts">${m.vorigFteTekst}</cel><cel uitlijning="rechts">${m.fteTekst}</cel><cel uitlijning="rechts">${m.groeiTekst}</cel><cel uitlijning="rechts">${procent1(m.groeiProcent!)}</cel></rij>
</#list>
</tabel>

<kop niveau="2">Tabel 4: Prognose per provincie tot ${c.prognose.jaar?c}</kop>
<tabel breedtes="3,2,2,1.5">
<rij kop="ja"><cel>Provincie</cel><cel uitlijning="rechts">${c.peildatum}</cel><cel uitlijning="rechts">Prognose ${c.prognose.jaar?c}</cel><cel uitlijning="rechts">Verschil (%)</cel></rij>
<#list c.provincies as p>
<rij><cel>${p.naam}</cel><cel uitlijning="rechts">${p.fteTekst}</cel><cel uitlijning="rechts">${p.prognoseFteTekst}</cel><cel uitlijning="rechts">${procent1(p.prognoseProcent!)}</cel></rij>
</#list>
<rij vet="ja"><cel>Totaal</cel><cel uitlijning="rechts">${c.totaal.tekst}</cel><cel uitlijning="rechts">${c.prognose.totaal.tekst}</cel><cel uitlijning="rechts">${procent1(c.prognose.procent!)}</cel></rij>
</tabel>
<#if ontwikkeling?? && (ontwikkeling.totalen?size > 1)>
<#assign o = ontwikkeling>
<kop niveau="2">Tabel 5: Ontwikkeling van de rijkswerkgelegenheid sinds ${o.eerstePeildatum}</kop>
<tabel breedtes="3,2,2,1.5">
<rij kop="ja"><cel>Peildatum</cel><cel uitlijning="rechts">Totaal (fte)</cel><cel uitlijning="rechts">Groei (fte)</cel><cel uitlijning="rechts">Groei (%)</cel></rij>
<#list o.totalen as t>
<rij><cel>${t.peildatum}<#if t.historisch> *</#if></cel><cel uitlijning="rechts">${t.totaal.tekst}</cel><cel uitlijning="rechts"><#if t.groei??><#if !t.groei.toename>– </#if>${t.groei.tekst}<#else>–</#if></cel><cel uitlijning="rechts"><#if t.groei??><#if !t.groei.toename>– </#if>${t.groei.procentTekst}<#else>–</#if></cel></rij>
</#list>
</tabel>
<#if o.totalen?filter(t -> t.historisch)?size gt 0><toelichting>* Historische reeks: cijfers van vóór de eerste inventarisatieronde, door BZK ingelezen; voor die jaren is er geen prognose.</toelichting></#if>

<kop niveau="2">Tabel 6: Rijkswerkgelegenheid per provincie op 1 januari, ${o.recenteJaren?first?c} – ${o.recenteJaren?last?c} (fte)</kop>
<tabel breedtes="3<#list o.recenteJaren as j>,1.5</#list>">
<rij kop="ja"><cel>Provincie</cel><#list o.recenteJaren as j><cel uitlijning="rechts">${j?c}</cel></#list></rij>
<#list o.provincies as p>
<rij><cel>${p.naam}</cel><#list p.fte as f><cel uitlijning="rechts">${f.tekst}</cel></#list></rij>
</#list>
</tabel>
</#if>
<toelichting>Bron: aanleveringen van de ministeries, goedgekeurd door BZK. Cijfers in fte, afgerond op hele fte; percentages op één decimaal (half naar boven).</toelichting>
</document>
