#!/usr/bin/env bash
# Brings axe-core from npm into this folder, at the version package-lock.json pins. Run after changing package.json;
# commit axe.min.js and LICENSE-axe-core.txt with it. The tests read the committed file and need no Node.js.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --ignore-scripts --no-audit --no-fund
cp node_modules/axe-core/axe.min.js axe.min.js
cp node_modules/axe-core/LICENSE LICENSE-axe-core.txt
rm -rf node_modules
echo "axe-core $(node -p "require('./package-lock.json').packages['node_modules/axe-core'].version") bijgewerkt"
