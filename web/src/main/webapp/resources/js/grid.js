/*
 * The submission grid, enhanced (the page works without it: totals are computed at each post):
 *  - the totals overall and per unit follow what is typed, before saving;
 *  - arrow up and down move to the same column in the row above or below, Enter moves down instead of posting the
 *    form, as in a spreadsheet.
 * Numbers are read as the service reads them (digits, at most one decimal comma or point, no thousands separator)
 * and written as the page writes them (nl-NL, two decimals); what is not a number counts as nothing, as on the server.
 */
(function () {
    'use strict';
    var grid = document.getElementById('regels:grid');
    var totalen = document.getElementById('totalen');
    if (!grid) {
        return;
    }
    var opmaak = new Intl.NumberFormat('nl-NL', {minimumFractionDigits: 2, maximumFractionDigits: 2});

    function getal(tekst) {
        var t = (tekst || '').trim();
        if (!/^\d+([.,]\d+)?$/.test(t)) {
            return 0;
        }
        return parseFloat(t.replace(',', '.'));
    }

    function rijen() {
        return Array.prototype.slice.call(grid.tBodies[0].rows);
    }

    function herbereken() {
        if (!totalen) {
            return;
        }
        var totaal = parseFloat(totalen.getAttribute('data-buiten')) || 0;
        var perOnderdeel = {};
        rijen().forEach(function (rij) {
            var fte = rij.querySelector('input.fte');
            // a saved line names its unit as text (data-onderdeel), a new row in a list
            var vast = rij.querySelector('[data-onderdeel]');
            var keuze = rij.querySelector('select[id$=":onderdeel"]');
            var onderdeel = vast ? vast.getAttribute('data-onderdeel') : (keuze ? keuze.value : '');
            if (!fte) {
                return;
            }
            var waarde = getal(fte.value);
            totaal += waarde;
            if (onderdeel) {
                perOnderdeel[onderdeel] = (perOnderdeel[onderdeel] || 0) + waarde;
            }
        });
        document.getElementById('grid-totaal').textContent = opmaak.format(totaal);
        totalen.querySelectorAll('tr[data-onderdeel]').forEach(function (tr) {
            var som = (parseFloat(tr.getAttribute('data-buiten')) || 0) + (perOnderdeel[tr.getAttribute('data-onderdeel')] || 0);
            tr.cells[1].textContent = opmaak.format(som);
            tr.hidden = som === 0;
        });
    }

    /** The field in the same column of the row above (stap -1) or below (stap 1), if any. */
    function buur(veld, stap) {
        var cel = veld.closest('td');
        var rij = cel.parentElement;
        var index = Array.prototype.indexOf.call(rij.cells, cel);
        var doel = rij.parentElement.rows[rij.sectionRowIndex + stap];
        return doel && doel.cells[index] ? doel.cells[index].querySelector('input, textarea') : null;
    }

    grid.addEventListener('input', herbereken);
    grid.addEventListener('change', herbereken);
    grid.addEventListener('keydown', function (e) {
        var veld = e.target;
        if (veld.tagName !== 'INPUT' || veld.type !== 'text' || e.altKey || e.ctrlKey || e.metaKey) {
            return;
        }
        var stap = e.key === 'ArrowUp' ? -1 : (e.key === 'ArrowDown' || e.key === 'Enter' ? 1 : 0);
        if (stap === 0) {
            return;
        }
        var volgende = buur(veld, stap);
        if (e.key === 'Enter') {
            e.preventDefault(); // Enter in a cell moves on; the buttons save
        }
        if (volgende) {
            e.preventDefault();
            volgende.focus();
            volgende.select();
        }
    });
    herbereken();
}());
