<#-- Kamerbrief over de stand van de spreiding van rijkswerkgelegenheid. Gegevens: zie docs/documents.md. -->
<#macro opsomming items><#list items as i>${i}<#if i?index lt items?size - 2>, <#elseif i?has_next> en </#if></#list></#macro>
<#-- Contributors as the letter names them: name and abbreviation the first time, then the abbreviation (noem, see docs/documents.md). -->
<#macro bijdragers items><#list items as b>${noem(b, b.fteTekst + " fte")}<#if b?index lt items?size - 2>, <#elseif b?has_next> en </#if></#list></#macro>
<#assign c = cijfers>
<document titel="Stand van zaken spreiding rijkswerkgelegenheid ${c.jaar?c}"
          onderwerp="Stand van de spreiding van rijkswerkgelegenheid op ${c.peildatum}"
          kamerstuk="${document.kamerstuk}" vergaderjaar="${document.vergaderjaar}" kenmerk="${document.kenmerk}" datum="${document.datum}">
<#-- The form of a Rijksoverheid letter (issue 31): the sender block and "Ons kenmerk" in the side column (the reference
     again on every later page, with "Pagina x van y"), the addressee and Datum / Betreft top left. Sender and addressee
     are configuration (spreiding.brief.*); a letter whose date is left open is dated when it is signed. -->
<zijkolom>
<#if (document.briefhoofd.afzender)?has_content><blok><#list document.briefhoofd.afzender as r><regel>${r}</regel></#list></blok></#if>
<blok kop="Ons kenmerk" herhaal="ja"><regel>${document.kenmerk?has_content?then(document.kenmerk, "–")}</regel></blok>
<blok kop="Bijlagen"><regel>2</regel></blok>
</zijkolom>
<briefhoofd>
<#if (document.briefhoofd.geadresseerde)?has_content><aan><#list document.briefhoofd.geadresseerde as r><regel>${r}</regel></#list></aan></#if>
<gegeven kop="Datum">${document.datum?has_content?then(document.datum, "(datum van ondertekening)")}</gegeven>
<gegeven kop="Betreft">${document.betreft?has_content?then(document.betreft, "Stand van zaken spreiding rijkswerkgelegenheid " + c.jaar?c)}</gegeven>
</briefhoofd>
<kop niveau="1">Stand van zaken spreiding rijkswerkgelegenheid</kop>
<alinea>Vanuit de coördinerende verantwoordelijkheid van de Minister van Binnenlandse Zaken en Koninkrijksrelaties in het
kabinet voor de spreiding van rijkswerkgelegenheid, wordt periodiek de stand opgemaakt en hierover aan uw Kamer
gerapporteerd. De onderliggende cijfers hiervoor worden door de ministeries aangeleverd. In deze brief verstrek ik u ook
een overzicht van de voortgang van de acties die zijn opgepakt indachtig het actieplan, zoals verzocht in de
motie-Flach/Zeedijk.<noot>Kamerstuk 29 697, nr. 149</noot></alinea>
<alinea>Voor de definitie van rijkswerkgelegenheid volg ik de zes eerder door uw Kamer benoemde sectoren: alle
ministeries, de Nationale Politie, de Rechtspraak, Dienst Justitiële Inrichtingen (DJI)${genoemd("DJI")}, Defensie en zelfstandige
bestuursorganen (zbo’s). Bij het inventariseren van de werkgelegenheidscijfers is uitgegaan van de eerder met uw Kamer
afgestemde methode van inventariseren.<noot>Kamerstuk 31 490, nr. 272</noot></alinea>

<kop niveau="2">Uitkomsten inventarisatie spreiding rijkswerkgelegenheid</kop>
<#if c.groei??>
<alinea>De totale rijkswerkgelegenheid is in ${c.vorigJaar?c} <#if c.groei.toename>gegroeid<#else>gedaald</#if> tot
${c.totaal.tekst} fte op ${c.peildatum}. Dit is een <#if c.groei.toename>groei<#else>daling</#if> van
${c.groei.procentTekst} procent (${c.groei.tekst} fte) ten opzichte van ${c.vorigePeildatum}. In bijlage 1 zijn de
cijfers weergegeven in kaarten en tabellen, per provincie, per sector en per ministerie.</alinea>
<#else>
<alinea>De totale rijkswerkgelegenheid bedroeg ${c.totaal.tekst} fte op ${c.peildatum}. Over het jaar daarvoor zijn geen
vergelijkbare cijfers beschikbaar. In bijlage 1 zijn de cijfers weergegeven in kaarten en tabellen.</alinea>
</#if>
<#if c.grootsteSector??>
<#-- The reference year as the seed names it: the growth of 2024 "ten opzichte van 2023" (issue 31). -->
<alinea>${c.grootsteSector.naam?cap_first} vormen de grootste sector (${c.grootsteSector.fteTekst} fte)<#if c.grootsteSector.groeiProcent??>
<#if c.grootsteSector.groeiProcent gt 0>en groeiden ten opzichte van ${(c.vorigJaar - 1)?c} met ${c.grootsteSector.groeiProcentTekst} procent<#elseif c.grootsteSector.groeiProcent lt 0>en daalden ten opzichte van ${(c.vorigJaar - 1)?c} met ${c.grootsteSector.groeiProcentTekst?remove_beginning("– ")} procent<#else>en bleven ten opzichte van ${(c.vorigJaar - 1)?c} gelijk</#if></#if>.<#if c.snelstGroeiendeSector?? && c.snelstGroeiendeSector.naam != c.grootsteSector.naam>
De sterkste groei was er bij ${c.snelstGroeiendeSector.naam} (${c.snelstGroeiendeSector.groeiProcentTekst} procent).</#if></alinea>
</#if>
<#if c.groei??>
<alinea>De stand per ${c.peildatum} laat <#if c.aantalGroeiend == 12>in alle twaalf provincies groei zien<#elseif c.aantalGroeiend == 0>in geen van de twaalf provincies groei zien<#else>in ${c.aantalGroeiendTekst} van de twaalf provincies groei zien</#if>.<#if c.randstadAandeelGroei??>
<#if c.randstadAandeelGroei.procent gt 50>Het grootste deel (${ongeveer(c.randstadAandeelGroei.procent, "procent")}) van de groei in
${c.vorigJaar?c} vond plaats in de Randstad.<#else>Van de groei in ${c.vorigJaar?c} vond ${c.randstadAandeelGroei.tekst} procent plaats in de Randstad.</#if></#if></alinea>
<#if c.bovenGemiddeld?has_content>
<alinea><#if c.bovenGemiddeld?size == 1>De provincie<#else>De provincies</#if> <@opsomming c.bovenGemiddeld?map(p -> p.naam + " (" + p.groeiProcentTekst + " procent)")/>
<#if c.bovenGemiddeld?size == 1>laat<#else>laten</#if> een groei zien die groter is dan of gelijk aan de gemiddelde groei van de rijkswerkgelegenheid.
<#list (c.verklaardBoven)![] as v><#if v?is_first>De groei in <@opsomming v.provincies/> wordt grotendeels verklaard door een
toename bij <@bijdragers v.delen/>.<#else>In <@opsomming v.provincies/> groeide de rijkswerkgelegenheid met name bij <@bijdragers v.delen/>.</#if> </#list></alinea>
</#if>
<#if c.onderGemiddeld?has_content>
<alinea><#if c.onderGemiddeld?size == 1>De provincie<#else>De provincies</#if> <@opsomming c.onderGemiddeld?map(p -> p.naam + " (" + p.groeiProcentTekst + " procent)")/>
<#if c.onderGemiddeld?size == 1>laat<#else>laten</#if> een groei onder het gemiddelde zien.
<#list (c.verklaardOnder)![] as v><#if v?is_first>In <@opsomming v.provincies/> groeide de rijkswerkgelegenheid hoofdzakelijk door een
toename bij <@bijdragers v.delen/>.<#else>In <@opsomming v.provincies/> groeide de rijkswerkgelegenheid met name bij <@bijdragers v.delen/>.</#if> </#list></alinea>
</#if>
<#if c.dalers?size == 1>
<#assign p = c.dalers[0]>
<alinea>In ${c.vorigJaar?c} daalde in de provincie ${p.naam} de rijkswerkgelegenheid met ${p.groeiProcentTekst?remove_beginning("– ")}
procent.<#list (c.verklaardDalers)![] as v> De daling wordt verklaard door een afname bij <@bijdragers v.delen/>.</#list></alinea>
<#elseif c.dalers?has_content>
<#-- Several decliners: named in one sentence, the largest declines explained (issue 31). -->
<alinea>In ${c.vorigJaar?c} daalde de rijkswerkgelegenheid in de provincies <@opsomming c.dalers?reverse?map(p -> p.naam + " (" + p.groeiProcentTekst + " procent)")/>.<#list (c.verklaardDalers)![] as v>
De daling in <@opsomming v.provincies/> wordt verklaard door een afname bij <@bijdragers v.delen/>.</#list></alinea>
</#if>
</#if>

<kop niveau="3">Toets aan de moties</kop>
<opsomming>
<#list c.toetsen as t>
<#assign wel = t.provincies?filter(p -> p.houdt)?map(p -> p.naam)>
<#assign niet = t.provincies?filter(p -> !p.houdt)?map(p -> p.naam)>
<punt><vet>${t.naam?cap_first}</vet> (${t.omschrijving?uncap_first}): <#if !t.provincies?has_content><#if t.houdt>wordt gehaald<#else>wordt niet gehaald</#if><#elseif !niet?has_content>wordt gehaald in <@opsomming wel/><#elseif !wel?has_content>wordt niet gehaald in <@opsomming niet/><#else>wordt gehaald in <@opsomming wel/>, niet in <@opsomming niet/></#if>.</punt>
</#list>
</opsomming>

<kop niveau="2">Prognose ${c.jaar?c} – ${c.prognose.jaar?c}</kop>
<alinea>Jaarlijks wordt geprognosticeerd hoe de rijkswerkgelegenheid zich de komende jaren ontwikkelt per provincie. De
prognoses betreffen een momentopname, waarbij alleen rekening is gehouden met besluiten die op dat moment zijn
genomen.</alinea>
<alinea>Op basis van de door de ministeries aangeleverde cijfers laat de prognose tot ${c.prognose.jaar?c} een
<#if c.prognose.procent?? && c.prognose.procent lt 0>daling<#else>groei</#if> van de rijkswerkgelegenheid zien van
${c.prognose.procentTekst?remove_beginning("– ")} procent.
<#assign stijgers = c.prognoseVolgorde?filter(p -> p.prognoseProcent gt 0)>
<#assign dalend = c.prognoseVolgorde?filter(p -> p.prognoseProcent lt 0)>
<#if stijgers?has_content><#if stijgers?size == 1>De provincie<#else>De provincies</#if> <@opsomming stijgers?map(p -> p.naam + " (" + p.prognoseProcentTekst + " procent)")/>
<#if stijgers?size == 1>laat<#else>laten</#if> een verwachte groei zien.</#if>
<#if dalend?has_content>Voor <#if dalend?size == 1>de provincie<#else>de provincies</#if> <@opsomming dalend?map(p -> p.naam + " (" + p.prognoseProcentTekst + " procent)")/> wordt een daling verwacht.</#if></alinea>

<kop niveau="2">Het toewerken naar een betere spreiding: casussen verspreid over het land</kop>
<alinea>Als een nieuwe rijksdienst wordt opgericht of als een bestaande rijksdienst groeit of andere huisvesting nodig
heeft, ga ik – zodra er sprake is van 100 fte of meer – in gesprek met mijn collega’s over een locatie die recht doet
aan zowel de regio als de betreffende rijksdienst. In het onderstaande overzicht licht ik de casussen toe waar
momenteel aan wordt gewerkt.</alinea>
<#-- Only the cases the letter is about (100 fte or more, issue 31), as a reader knows them: no workflow states. -->
<#assign adviescasussen = casussen?filter(k -> k.drempel!false)>
<#if adviescasussen?has_content>
<opsomming>
<#list adviescasussen as k>
<punt><vet>${k.titel}</vet> (${k.onderdeel}, ${k.fteTekst} fte<#if k.naarProvincie??>, ${k.naarProvincie}</#if>).<#if k.omschrijving?has_content> ${k.omschrijving}</#if></punt>
</#list>
</opsomming>
<#else>
<alinea>Er zijn op dit moment geen casussen in behandeling.</alinea>
</#if>
<#-- The drafter's text for this year (briefdossier, tekstblok Casussen). -->
<#list (teksten.casussen)![] as a><alinea>${a}</alinea></#list>

<kop niveau="2">Motie-Flach/Zeedijk</kop>
<alinea>De motie-Flach/Zeedijk verzoekt de regering een actieplan met concrete doelstellingen op te stellen om te komen
tot een meer evenredige verdeling van rijkswerkgelegenheid over de provincies. In bijlage 2 is de stand van zaken van
de ${actieplan.maatregelen?size} maatregelen per ${actieplan.periode.peildatum} opgenomen
(<@opsomming actieplan.perStand?map(s -> s.aantal?c + " " + s.stand?lower_case)/>).</alinea>

<#if (teksten.stipOpDeHorizon)?has_content>
<kop niveau="2">Stip op de horizon</kop>
<#list teksten.stipOpDeHorizon as a><alinea>${a}</alinea></#list>
</#if>

<#-- One comma after the function, whether or not the function was typed with one (issue 31). -->
<ondertekening functie="${document.ondertekening.functie?trim?remove_ending(",")?trim}," naam="${document.ondertekening.naam}"/>
</document>
