#!/usr/bin/env bash
# Regenerates veelgebruikt.txt: the passwords of 12 characters or more from the zxcvbn-ts common-password list
# (MIT, @zxcvbn-ts/language-common, pinned below), plus Dutch and local ones from nederlands.txt. Shorter passwords are
# refused by the minimum length already. Needs Node.js and npm; the result is committed, so building does not.
set -euo pipefail
cd "$(dirname "$0")"
werk=$(mktemp -d)
trap 'rm -rf "$werk"' EXIT
(cd "$werk" && npm install --silent --no-audit --no-fund @zxcvbn-ts/language-common@4.1.3 >/dev/null)
NODE_PATH="$werk/node_modules" node -e '
const lijst = require("@zxcvbn-ts/language-common").dictionary["passwords-common"];
process.stdout.write(lijst.filter(w => w.length >= 12).join("\n") + "\n");' > "$werk/zxcvbn.txt"
cp "$werk/node_modules/@zxcvbn-ts/language-common/LICENSE.txt" LICENSE-zxcvbn-ts.txt
cat "$werk/zxcvbn.txt" nederlands.txt | tr '[:upper:]' '[:lower:]' | sort -u > veelgebruikt.txt
wc -l veelgebruikt.txt
