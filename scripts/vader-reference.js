#!/usr/bin/env node
// Scores from the npm port vader-sentiment@1.1.3 (Apache-2.0), kept for comparison: it follows an
// older vaderSentiment and gives the lower ground-truth figures often quoted for VADER. The
// reference for VaderSentimentScorerTest and SentimentQualityTest is the Python original, via
// scripts/vader-python-reference.sh; VaderSentimentScorerTest lists how the two differ.
//
//   npm install --prefix /tmp/vader-ref vader-sentiment@1.1.3
//   NODE_PATH=/tmp/vader-ref/node_modules node scripts/vader-reference.js \
//     --emoji transforms/src/main/resources/org/corpusanalytics/text/sentiment/emoji_utf8_lexicon.txt \
//     < sentences.txt
//
// Input: one text per line (LF or CRLF). Output: one JSON object per line,
// {"text", "neg", "neu", "pos", "compound"}.
// Options:
//   --emoji FILE  first replace each emoji code point by its description from FILE (emoji TAB
//                 description), exactly as vaderSentiment 3.3.2 does; the npm port has no emoji
//                 handling of its own.
//   --tsv         input lines are "id TAB mean TAB text" (the ground-truth files); output lines
//                 are "id TAB mean TAB compound".
'use strict';
const fs = require('fs');
const readline = require('readline');
const vader = require('vader-sentiment');

const args = process.argv.slice(2);
const tsv = args.includes('--tsv');
const emojiIndex = args.indexOf('--emoji');
const emoji = new Map();
if (emojiIndex >= 0) {
  for (const line of fs.readFileSync(args[emojiIndex + 1], 'utf8').split('\n')) {
    const fields = line.trim().split('\t');
    if (fields.length >= 2) emoji.set(fields[0], fields[1]);
  }
}

// vaderSentiment 3.3.2 polarity_scores(), first block: per code point, emoji -> description.
function replaceEmoji(text) {
  if (emoji.size === 0) return text;
  let out = '';
  let prevSpace = true;
  for (const chr of text) {
    const description = emoji.get(chr);
    if (description !== undefined) {
      if (!prevSpace) out += ' ';
      out += description;
      prevSpace = false;
    } else {
      out += chr;
      prevSpace = chr === ' ';
    }
  }
  return out.trim();
}

const rl = readline.createInterface({input: process.stdin, crlfDelay: Infinity});
rl.on('line', raw => {
  const line = raw.replace(/\r$/, '');
  if (tsv) {
    const [id, mean, ...rest] = line.split('\t');
    if (rest.length === 0) return;
    const scores = vader.SentimentIntensityAnalyzer.polarity_scores(replaceEmoji(rest.join('\t')));
    process.stdout.write(`${id}\t${mean}\t${scores.compound}\n`);
  } else {
    const s = vader.SentimentIntensityAnalyzer.polarity_scores(replaceEmoji(line));
    process.stdout.write(
        JSON.stringify({text: line, neg: s.neg, neu: s.neu, pos: s.pos, compound: s.compound}) + '\n');
  }
});
