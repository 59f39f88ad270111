/*
 * Session-timeout warning: two minutes before the session expires a bar offers to stay logged in (a request that
 * renews the session); when it expires the page goes to the login page with an explanation, so nobody types into a
 * form that can no longer be saved.
 */
(function () {
    'use strict';
    var body = document.body;
    var duur = parseInt(body.getAttribute('data-sessieduur'), 10);
    var balk = document.getElementById('sessie-waarschuwing');
    if (!duur || !balk) {
        return;
    }
    var knop = document.getElementById('sessie-verlengen');
    var rest = document.getElementById('sessie-resterend');
    var timers = [];

    function wis() {
        timers.forEach(clearTimeout);
        timers = [];
    }

    function start(seconden) {
        wis();
        balk.hidden = true;
        var vooraf = Math.min(120, Math.floor(seconden / 2));
        timers.push(setTimeout(function () {
            rest.textContent = vooraf >= 60 ? Math.round(vooraf / 60) + ' minuten' : vooraf + ' seconden';
            balk.hidden = false;
            knop.focus();
        }, (seconden - vooraf) * 1000));
        timers.push(setTimeout(function () {
            window.location.href = body.getAttribute('data-verlopen');
        }, seconden * 1000));
    }

    knop.addEventListener('click', function () {
        fetch(body.getAttribute('data-verleng'), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (antwoord) {
                if (antwoord.ok) {
                    start(duur);
                } else {
                    window.location.href = body.getAttribute('data-verlopen');
                }
            });
    });

    // The browser test shortens the timer to see the warning without waiting half an hour.
    window.spreidingSessie = {start: start};
    start(duur);
}());
