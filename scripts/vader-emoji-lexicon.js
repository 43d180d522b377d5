#!/usr/bin/env node
// Regenerates emoji_utf8_lexicon.txt (emoji TAB description) from Unicode's emoji-test.txt,
// which is how vaderSentiment's own emoji lexicon was built (it used Unicode 12 data; the
// Debian package unicode-data provides a newer emoji-test.txt under the Unicode licence).
// Usage: node scripts/vader-emoji-lexicon.js [/usr/share/unicode/emoji/emoji-test.txt] > out.txt
'use strict';
const fs = require('fs');

const source = process.argv[2] || '/usr/share/unicode/emoji/emoji-test.txt';
const lines = fs.readFileSync(source, 'utf8').split('\n');
const out = [];
for (const line of lines) {
  // e.g. "1F600   ; fully-qualified     # 😀 E1.0 grinning face"
  const m = /^([0-9A-F ]+?)\s*;\s*[a-z-]+\s*#\s*\S+\s+E\d+\.\d+\s+(.+)$/.exec(line);
  if (!m) continue;
  const emoji = String.fromCodePoint(...m[1].trim().split(/\s+/).map(h => parseInt(h, 16)));
  out.push(`${emoji}\t${m[2].trim()}`);
}
process.stdout.write(out.join('\n') + '\n');
