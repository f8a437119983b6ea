// Passkeys: a button with data-passkey asks the server for options, asks the browser (and so the device) for a
// passkey, and posts the browser's answer in its form like any other form. Without JavaScript or WebAuthn the
// button shows a message instead; password and code keep working.
document.querySelectorAll('[data-passkey]').forEach((knop) => {
  knop.addEventListener('click', async () => {
    const formulier = knop.closest('form');
    const fout = document.getElementById(knop.dataset.fout);
    const toon = (tekst) => {
      fout.textContent = tekst;
      fout.hidden = false;
    };
    if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) {
      toon('Deze browser ondersteunt geen passkeys.');
      return;
    }
    try {
      const token = formulier.querySelector('input[name="__RequestVerificationToken"]').value;
      const antwoord = await fetch(knop.dataset.opties, { method: 'POST', headers: { RequestVerificationToken: token }, credentials: 'same-origin' });
      if (!antwoord.ok) {
        throw new Error(`opties: ${antwoord.status}`);
      }
      const opties = await antwoord.json();
      const passkey = knop.dataset.passkey === 'aanmaken'
        ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(opties) })
        : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(opties) });
      formulier.querySelector('[data-passkey-antwoord]').value = JSON.stringify(passkey);
      formulier.submit();
    } catch {
      toon(knop.dataset.melding);
    }
  });
});
