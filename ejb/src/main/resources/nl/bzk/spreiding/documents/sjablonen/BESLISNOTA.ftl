<#-- Beslisnota bij de Kamerbrief over de stand van de spreiding. -->
<#assign c = cijfers>
<document titel="Beslisnota bij Kamerbrief stand spreiding rijkswerkgelegenheid ${c.jaar?c}"
          onderwerp="Beslisnota bij de Kamerbrief over de stand van de spreiding op ${c.peildatum}"
          kenmerk="${document.kenmerk?has_content?then(document.kenmerk, '–')}" datum="${document.datum}"
          kamerstuk="${document.kamerstuk}" vergaderjaar="${document.vergaderjaar}">
<kop niveau="1">Beslisnota bij Kamerbrief stand spreiding rijkswerkgelegenheid ${c.jaar?c}</kop>
<#if (route.parafen)?has_content>
<kop niveau="2">Parafen</kop>
<tabel breedtes="5,5,3" grootte="9">
<rij kop="ja"><cel>Functie</cel><cel>Naam</cel><cel>Datum paraaf</cel></rij>
<#list route.parafen as p><rij><cel>${p.functie}</cel><cel><#if p.geparafeerd>${p.naam}<#else>nog niet geparafeerd</#if></cel><cel><#if p.geparafeerd>${p.datum}<#else>–</#if></cel></rij>
</#list>
</tabel>
</#if>
<kop niveau="2">Aanleiding</kop>
<#if (teksten.aanleiding)?has_content><#list teksten.aanleiding as a><alinea>${a}</alinea></#list><#else>
<alinea>Jaarlijks wordt uw Kamer geïnformeerd over de spreiding van rijkswerkgelegenheid. De ministeries hebben hun
cijfers per ${c.peildatum} aangeleverd; deze zijn door BZK gecontroleerd. Bijgaande brief rapporteert de stand, de
prognose tot ${c.prognose.jaar?c}, de lopende casussen en de voortgang van het actieplan (motie-Flach/Zeedijk).</alinea></#if>
<kop niveau="2">Geadviseerd besluit</kop>
<opsomming>
<punt>Bijgaande brief aan de Tweede Kamer te ondertekenen.</punt>
<punt>De brief met bijlage 1 (cijfers) en bijlage 2 (stand van zaken acties) naar de Tweede Kamer te verzenden.</punt>
</opsomming>
<kop niveau="2">Kern</kop>
<opsomming>
<punt>De rijkswerkgelegenheid bedroeg ${c.totaal.tekst} fte op ${c.peildatum}.<#if c.groei??> Dat is een
<#if c.groei.toename>groei<#else>daling</#if> van ${c.groei.procentTekst} procent (${c.groei.tekst} fte) ten opzichte
van een jaar eerder.</#if></punt>
<#if c.randstadAandeelGroei??><punt>${c.randstadAandeelGroei.tekst} procent van de groei vond plaats in de Randstad.</punt></#if>
<#list c.toetsen as t><punt>${t.naam?cap_first}: <#if t.houdt>gehaald<#else>niet gehaald</#if>.</punt></#list>
</opsomming>
<#list (teksten.kern)![] as a><alinea>${a}</alinea></#list>
<kop niveau="2">Toelichting</kop>
<alinea><#if c.aantalGroeiend == 12>In alle twaalf provincies<#elseif c.aantalGroeiend == 0>In geen van de twaalf provincies<#else>In ${c.aantalGroeiendTekst} van de twaalf provincies</#if> groeide de rijkswerkgelegenheid.<#if c.dalers?has_content>
Een daling was er in <#list c.dalers as p>${p.naam} (${p.groeiProcentTekst} procent)<#sep>, </#list>.</#if>
<#assign groot = casussen?filter(k -> k.drempel)>Er <#if groot?size == 1>is één casus<#else>zijn ${groot?size} casussen</#if> van 100 fte of meer in beeld.</alinea>
<#list (teksten.toelichting)![] as a><alinea>${a}</alinea></#list>
<#-- The four closing sections: the drafter's text blocks (issue 31), the standard text while a block is empty. -->
<#macro sectie kop blok standaard>
<kop niveau="2">${kop}</kop>
<#if (teksten[blok])?has_content><#list teksten[blok] as a><alinea>${a}</alinea></#list><#else><alinea>${standaard}</alinea></#if>
</#macro>
<@sectie "Financiële overwegingen" "financieleOverwegingen" "Aan deze brief zijn geen financiële gevolgen verbonden."/>
<@sectie "Uitvoering" "uitvoering" "Niet van toepassing."/>
<@sectie "Communicatie" "communicatie" "De brief wordt na verzending gepubliceerd op rijksoverheid.nl."/>
<@sectie "Informatie die niet openbaar gemaakt kan worden" "nietOpenbaar" "Geen."/>
</document>
