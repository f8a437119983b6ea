// Form enhancements on every page; every form also works without them.

// A counter for long texts instead of a silent cut: the browser's maxlength would truncate a pasted text without a
// word, so the limit moves to data-max, the counter says how much room is left (and how much too long), and the server
// refuses a text that is too long with its message next to the field, keeping the text.
document.querySelectorAll('main textarea[maxlength][id]').forEach((veld) => {
  const maximum = veld.maxLength;
  veld.removeAttribute('maxlength');
  const teller = document.createElement('p');
  teller.className = 'teller';
  teller.id = `${veld.id}-teller`;
  teller.setAttribute('aria-live', 'polite');
  veld.setAttribute('aria-describedby', `${veld.getAttribute('aria-describedby') ?? ''} ${teller.id}`.trim());
  veld.after(teller);
  const tel = () => {
    const over = maximum - veld.value.length;
    teller.textContent = over < 0 ? `${-over} tekens te veel (hoogstens ${maximum})`
      : over <= Math.max(100, maximum / 10) ? `Nog ${over} tekens` : '';
    teller.classList.toggle('teller--te-veel', over < 0);
  };
  veld.addEventListener('input', tel);
  tel();
});

// A form refused because its token had expired: the error page keeps what was typed (never passwords or codes) in
// this tab's sessionStorage and opens a fresh copy of the form, which this script fills in again, once.
(() => {
  const sleutel = (adres) => `gezinsveiligheid:herstel:${adres}`;

  const knop = document.querySelector('[data-herstel]');
  if (knop) {
    knop.addEventListener('click', () => {
      sessionStorage.setItem(sleutel(knop.dataset.herstel), knop.dataset.invoer);
      window.location.assign(knop.dataset.herstel);
    });
    return;
  }

  const bewaard = sessionStorage.getItem(sleutel(window.location.pathname + window.location.search));
  const formulier = document.querySelector('main form[method=post]');
  if (!bewaard || !formulier) {
    return;
  }

  sessionStorage.removeItem(sleutel(window.location.pathname + window.location.search));
  const invoer = JSON.parse(bewaard);
  for (const veld of formulier.elements) {
    if (!veld.name || !(veld.name in invoer) || veld.type === 'hidden' || veld.type === 'password') {
      continue;
    }
    const waarden = invoer[veld.name];
    if (veld.type === 'checkbox' || veld.type === 'radio') {
      veld.checked = waarden.includes(veld.value);
    } else if (veld.tagName === 'SELECT' && veld.multiple) {
      for (const optie of veld.options) optie.selected = waarden.includes(optie.value);
    } else {
      veld.value = waarden[0] ?? '';
    }
  }

  const melding = document.createElement('div');
  melding.className = 'utrecht-alert utrecht-alert--info';
  melding.setAttribute('role', 'status');
  melding.textContent = 'Uw invoer is teruggezet in een nieuw formulier. Controleer alles en verstuur het opnieuw.';
  formulier.before(melding);
})();
