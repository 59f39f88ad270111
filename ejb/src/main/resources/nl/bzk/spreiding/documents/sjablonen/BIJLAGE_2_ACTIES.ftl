<#-- Bijlage 2: stand van zaken van de maatregelen uit het actieplan. -->
<document titel="Bijlage 2: Stand van zaken acties n.a.v. motie-Flach/Zeedijk"
          onderwerp="Stand van zaken van de maatregelen per ${actieplan.periode.peildatum}"
          kamerstuk="${document.kamerstuk}" vergaderjaar="${document.vergaderjaar}">
<kop niveau="1">Bijlage 2: Stand van zaken acties n.a.v. motie-Flach/Zeedijk</kop>
<alinea>Stand van zaken per ${actieplan.periode.peildatum} (rapportageperiode ${actieplan.periode.naam}).</alinea>
<tabel breedtes="2.2,3,3.4,3.4" grootte="8">
<rij kop="ja"><cel>Maatregel</cel><cel>Doelstelling</cel><cel>Actie</cel><cel>Stand van zaken</cel></rij>
<#list actieplan.maatregelen as m>
<rij><cel><vet>${m.code}.</vet> ${m.titel}</cel><cel>${m.doelstelling}</cel><cel><#list m.acties as a>• ${a}<#sep><nieuweregel/></#list></cel><cel><vet>${m.stand}</vet><#list m.punten as p><nieuweregel/>• ${p}</#list></cel></rij>
</#list>
</tabel>
</document>
