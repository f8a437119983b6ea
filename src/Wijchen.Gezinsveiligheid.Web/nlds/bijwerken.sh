#!/usr/bin/env bash
# Brings the NL Design System CSS from npm into wwwroot/lib/nlds, at the versions package-lock.json pins: the community
# components (@utrecht/component-library-css) and the NL Design System example theme as the base of our own tokens
# (Utrecht's own design tokens are proprietary to Utrecht; see docs/adr/0006). Run after changing package.json and
# commit the copied files with it: the app serves the committed files and needs no Node.js to build or run.
set -euo pipefail
cd "$(dirname "$0")"
doel=../wwwroot/lib/nlds
npm ci --ignore-scripts --no-audit --no-fund
mkdir -p "$doel"
cp node_modules/@utrecht/component-library-css/dist/index.css "$doel/utrecht-component-library.css"
cp node_modules/@utrecht/component-library-css/LICENSE.md "$doel/LICENSE-utrecht-component-library.md"
cp node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css "$doel/voorbeeld-theme.css"
cp node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/LICENSE.md "$doel/LICENSE-voorbeeld-design-tokens.md"
rm -rf node_modules
echo "NL Design System CSS bijgewerkt in $doel"
