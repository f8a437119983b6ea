#!/usr/bin/env python3
"""Accepts warme overdrachten as the teamleider does in the browser, two at a time, and prints their latencies.

Usage: accepteren.py BASE_URL COOKIE DATABASE TEAM_ID

Takes every open handover offered to the team (so run it on a copy of a region). A gesprek that is only planned is
recorded first with the form's own values and "an hour ago" as the moment it was held (not measured); then each
acceptance is sent as the form sends it: the form's version and the casusregisseur it proposes. Only the acceptances are measured. Prints the line
"RESULTAAT p50 p95 p99 per_second failures count" like bench/meting.lua.
"""
import concurrent.futures
import datetime
import html.parser
import sqlite3
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


class Formulier(html.parser.HTMLParser):
    """The fields a browser would send for the page's main form: its inputs, checked boxes, textareas and selected options."""

    def __init__(self) -> None:
        super().__init__()
        self.velden: list[tuple[str, str]] = []
        self._in_formulier = False
        self._textarea: str | None = None
        self._select: str | None = None
        self._eerste_optie: str | None = None
        self._gekozen = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("method", "").lower() == "post" and "formulier" in a.get("class", ""):
            self._in_formulier = True
        if not self._in_formulier:
            return
        naam = a.get("name")
        if tag == "input" and naam:
            soort = a.get("type", "text")
            if soort in ("checkbox", "radio") and "checked" not in a:
                return
            self.velden.append((naam, a.get("value", "")))
        elif tag == "textarea" and naam:
            self._textarea = naam
            self.velden.append((naam, ""))
        elif tag == "select" and naam:
            self._select, self._eerste_optie, self._gekozen = naam, None, False
        elif tag == "option" and self._select:
            waarde = a.get("value", "")
            if self._eerste_optie is None and waarde:
                self._eerste_optie = waarde
            if "selected" in a and waarde:
                self.velden.append((self._select, waarde))
                self._gekozen = True

    def handle_data(self, data):
        if self._textarea:
            naam, tekst = self.velden[-1]
            self.velden[-1] = (naam, tekst + data)

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select" and self._select:
            if not self._gekozen and self._eerste_optie:
                self.velden.append((self._select, self._eerste_optie))
            self._select = None
        elif tag == "form":
            self._in_formulier = False


class GeenDoorverwijzing(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def main() -> None:
    basis, koekje, database, team = sys.argv[1:5]
    browser = urllib.request.build_opener(GeenDoorverwijzing)

    def verzoek(pad: str, velden: list[tuple[str, str]] | None = None) -> tuple[int, str]:
        data = urllib.parse.urlencode(velden).encode() if velden is not None else None
        aanvraag = urllib.request.Request(basis + pad, data=data, headers={"Cookie": koekje})
        try:
            with browser.open(aanvraag, timeout=60) as antwoord:
                return antwoord.status, antwoord.read().decode()
        except urllib.error.HTTPError as fout:
            return fout.code, fout.read().decode(errors="replace")

    def formulier(pad: str) -> list[tuple[str, str]]:
        status, tekst = verzoek(pad)
        if status != 200:
            raise SystemExit(f"{pad}: {status}")
        lezer = Formulier()
        lezer.feed(tekst)
        return lezer.velden

    rijen = sqlite3.connect(database).execute(
        "SELECT lower(d.Id), o.GehoudenOp IS NOT NULL FROM Dossiers d JOIN Overdrachten o ON o.DossierId = d.Id "
        "WHERE d.Fase = 'OverdrachtsgesprekGepland' AND o.Status = 'GesprekGepland' AND o.TeamId = ? ORDER BY d.Id",
        (team.upper(),)).fetchall()
    uur_geleden = (datetime.datetime.now() - datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    for dossier, gehouden in rijen:
        if not gehouden:
            velden = [(n, uur_geleden if n == "Input.GehoudenOp" else w) for n, w in formulier(f"/Dossiers/{dossier}/Gesprek")]
            status, _ = verzoek(f"/Dossiers/{dossier}/Gesprek", velden)
            if status != 302:
                raise SystemExit(f"Gesprek van {dossier} niet vastgelegd: {status}")

    klaar = [(dossier, formulier(f"/Dossiers/{dossier}/Accepteren")) for dossier, _ in rijen]

    def accepteer(werk):
        dossier, velden = werk
        begin = time.perf_counter()
        status, _ = verzoek(f"/Dossiers/{dossier}/Accepteren", velden)
        return (time.perf_counter() - begin) * 1000, status == 302

    begin = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as uitvoerders:
        uitkomsten = list(uitvoerders.map(accepteer, klaar))
    duur = time.perf_counter() - begin
    tijden = sorted(t for t, _ in uitkomsten)
    fouten = sum(1 for _, gelukt in uitkomsten if not gelukt)
    if not tijden:
        raise SystemExit("Geen overdracht om te accepteren in dit team.")

    def percentiel(p: float) -> float:
        return tijden[min(len(tijden) - 1, int(round(p * (len(tijden) - 1))))]

    print(f"RESULTAAT {percentiel(0.5):.1f} {percentiel(0.95):.1f} {percentiel(0.99):.1f} {len(tijden) / duur:.1f} {fouten} {len(tijden)}")


if __name__ == "__main__":
    main()
