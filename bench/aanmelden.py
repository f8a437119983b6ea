#!/usr/bin/env python3
"""Signs a demo account in with password and authenticator code, the way a person does, and prints the Cookie header.

Usage: aanmelden.py BASE_URL EMAIL PASSWORD TOTP_KEY_BASE32 [FORM_PAGE]
With FORM_PAGE it prints a second line: that page's antiforgery token, which belongs to this session.
"""
import base64
import hashlib
import hmac
import http.cookiejar
import re
import struct
import sys
import time
import urllib.parse
import urllib.request


def totp(sleutel: str, stap: int) -> str:
    digest = hmac.new(base64.b32decode(sleutel.upper()), struct.pack(">Q", stap), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(struct.unpack('>I', digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


def token(html: str) -> str:
    gevonden = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html) or re.search(
        r'type="hidden" name="__RequestVerificationToken" value="([^"]+)"', html) or re.search(
        r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', html)
    if not gevonden:
        raise SystemExit("Geen antiforgery-token op de pagina.")
    return gevonden.group(1)


def main() -> None:
    basis, email, wachtwoord, sleutel = sys.argv[1:5]
    koekjes = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(koekjes))

    def post(pad: str, velden: dict) -> str:
        antwoord = browser.open(basis + pad, urllib.parse.urlencode(velden).encode())
        return antwoord.read().decode()

    login = browser.open(basis + "/Account/Login").read().decode()
    code_pagina = post("/Account/Login", {"Input.Email": email, "Input.Wachtwoord": wachtwoord, "__RequestVerificationToken": token(login)})
    # A code is accepted once per 30-second step: wait for a fresh step when this one may have been used already.
    stap = int(time.time()) // 30
    post("/Account/Inlogcode", {"Input.Code": totp(sleutel, stap), "__RequestVerificationToken": token(code_pagina)})
    # The form page may set the antiforgery cookie, so the cookies are read after it.
    formtoken = token(browser.open(basis + sys.argv[5]).read().decode()) if len(sys.argv) > 5 else None
    koekje = "; ".join(f"{k.name}={k.value}" for k in koekjes)
    if "Gezinsveiligheid.Sessie" not in koekje:
        raise SystemExit(f"Aanmelden van {email} mislukt.")
    print(koekje)
    if formtoken is not None:
        print(urllib.parse.quote(formtoken, safe=""))


if __name__ == "__main__":
    main()
