// Keeps the chain check's progress current without reloading the page; when the check ends the page is loaded again
// to show its outcome. Without JavaScript the link "Voortgang bijwerken" does the same.
(() => {
    const blok = document.getElementById("ketencontrole");
    if (!blok) {
        return;
    }
    const balk = document.getElementById("ketenvoortgang");
    const tekst = document.getElementById("ketenvoortgang-tekst");
    const getal = new Intl.NumberFormat("nl-NL");
    const bijwerken = async () => {
        let stand = null;
        try {
            const antwoord = await fetch(blok.dataset.voortgang, { headers: { Accept: "application/json" } });
            stand = antwoord.ok ? await antwoord.json() : null;
        } catch {
            // A moment without connection: the next round tries again.
        }
        if (stand && !stand.bezig) {
            window.location.reload();
            return;
        }
        if (stand) {
            balk.value = stand.procent;
            tekst.textContent = `${getal.format(stand.gecontroleerd)} van ${getal.format(stand.totaal)} regels (${stand.procent}%)`;
        }
        window.setTimeout(bijwerken, 2000);
    };
    window.setTimeout(bijwerken, 2000);
})();
