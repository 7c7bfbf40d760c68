// adversarial.js writes adversarial.json and sweep.json.gz: texts built from the rules by
// which twitter-text 3.1.0 weighs emoji (long ZWJ chains, tag sequences,
// lone and doubled skin-tone modifiers, keycaps, regional-indicator flags,
// variation selectors, invalid characters, each alone and among text and
// URLs) with the weightedLength and valid that the real npm twitter-text
// 3.1.0 parseTweet gives for each. adversarial.json holds the cases built
// by hand from the rules; sweep.json.gz, compressed as it is large, every
// code point of the symbol and emoji blocks bare and with each presentation
// selector. TestAdversarialWeights checks Parse against both.
//
// Run from internal/twtext with: go generate (see adversarial_test.go), or
//   node testdata/adversarial.js [dir with node_modules/twitter-text [output dir]]
// Without a directory (or with "") it installs twitter-text@3.1.0 (and with it
// twemoji-parser 11.0.2) into a temporary directory with npm.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { execFileSync } = require('child_process');

let dir = process.argv[2];
const outDir = process.argv[3] || __dirname;
if (!dir) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adversarial-'));
  execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefix', dir, 'twitter-text@3.1.0'], { stdio: 'inherit' });
}
const req = (m) => require(path.join(path.resolve(dir), 'node_modules', m));
const tt = req('twitter-text');
const ttVersion = req('twitter-text/package.json').version;
const tpVersion = req('twemoji-parser/package.json').version;
if (ttVersion !== '3.1.0') throw new Error('want twitter-text 3.1.0, got ' + ttVersion);

const cp = (...cs) => String.fromCodePoint(...cs);
const ZWJ = '\u200d', VS16 = '\ufe0f', VS15 = '\ufe0e', KEYCAP = '\u20e3';
const TONES = [0x1f3fb, 0x1f3fc, 0x1f3fd, 0x1f3fe, 0x1f3ff].map((c) => cp(c));
const WOMAN = cp(0x1f469), MAN = cp(0x1f468), GIRL = cp(0x1f467), BOY = cp(0x1f466);
const HEART = '\u2764', KISS = cp(0x1f48b), BLACK_FLAG = cp(0x1f3f4), CANCEL = cp(0xe007f);
const tag = (s) => [...s].map((c) => cp(0xe0000 + c.charCodeAt(0))).join('');
const ri = (c) => cp(0x1f1e6 + c.charCodeAt(0) - 65);
const rep = (s, n, sep = '') => Array(n).fill(s).join(sep);
const URL = ' https://example.com/a';

const cases = [];
const add = (rule, text) => cases.push({ rule, text });

// Long and odd ZWJ chains: known sequences, unknown ones, any length.
for (const n of [1, 2, 3, 4, 5, 10, 100, 1001]) {
  add('zwj-chain', rep(WOMAN, n, ZWJ));
  add('zwj-chain+url', rep(WOMAN, n, ZWJ) + URL);
}
for (const n of [1, 2, 3, 50, 500]) add('zwj-heart-chain', rep(HEART + VS16, n, ZWJ));
for (const n of [1, 2, 3, 50, 500]) add('zwj-heart-bare-chain', rep(HEART, n, ZWJ));
add('zwj-family', MAN + ZWJ + WOMAN + ZWJ + GIRL + ZWJ + BOY);
add('zwj-family-extra', MAN + ZWJ + WOMAN + ZWJ + GIRL + ZWJ + BOY + ZWJ + BOY);
add('zwj-family-chain', rep(MAN + ZWJ + WOMAN + ZWJ + GIRL + ZWJ + BOY, 20, ZWJ));
add('zwj-kiss', WOMAN + ZWJ + HEART + VS16 + ZWJ + KISS + ZWJ + MAN);
add('zwj-kiss-no-vs16', WOMAN + ZWJ + HEART + ZWJ + KISS + ZWJ + MAN);
for (const t of TONES) {
  add('zwj-toned-professions', WOMAN + t + ZWJ + cp(0x1f52c));
  add('zwj-toned-chain', rep(WOMAN + t, 10, ZWJ));
}
add('zwj-trailing', WOMAN + ZWJ);
add('zwj-leading', ZWJ + WOMAN);
add('zwj-doubled', WOMAN + ZWJ + ZWJ + WOMAN);
add('zwj-alone', rep(ZWJ, 10));
add('zwj-letters', 'a' + ZWJ + 'b' + ZWJ + WOMAN);
add('zwj-newer-than-twemoji-11', cp(0x1f9d1) + ZWJ + cp(0x1f384)); // 🧑‍🎄, Unicode 13
add('zwj-rainbow-flag', cp(0x1f3f3) + VS16 + ZWJ + cp(0x1f308));
add('zwj-rainbow-flag-no-vs16', cp(0x1f3f3) + ZWJ + cp(0x1f308));
add('zwj-eye-bubble', cp(0x1f441) + VS16 + ZWJ + cp(0x1f5e8) + VS16);
add('zwj-gendered', cp(0x1f3c3) + ZWJ + '\u2640' + VS16);
add('zwj-gendered-toned', cp(0x1f3c3) + TONES[2] + ZWJ + '\u2642' + VS16);
add('zwj-gendered-no-vs16', cp(0x1f3c3) + ZWJ + '\u2640');

// Tag sequences: known subdivision flags, unknown ones, endless ones.
for (const sub of ['gbeng', 'gbsct', 'gbwls', 'usca', 'gbzzz', '']) {
  add('tag-flag', BLACK_FLAG + tag(sub) + CANCEL);
  add('tag-flag-no-cancel', BLACK_FLAG + tag(sub));
}
for (const n of [1, 10, 100, 1000]) {
  add('tag-long', BLACK_FLAG + tag(rep('a', n)) + CANCEL);
  add('tag-long-no-cancel', BLACK_FLAG + tag(rep('a', n)));
}
add('tag-without-flag', tag('gbeng') + CANCEL);
add('tag-cancel-alone', rep(CANCEL, 5));
add('tag-after-letter', 'a' + tag('gbeng') + CANCEL);
add('tag-flag-twice', rep(BLACK_FLAG + tag('gbsct') + CANCEL, 2));

// Skin-tone modifiers: alone, doubled, after bases that take none.
for (const t of TONES) add('tone-alone', t);
add('tone-run', TONES.join(''));
add('tone-run-long', rep(TONES[0], 100));
for (const base of [0x1f44d, 0x1f600, 0x261d, 0x270c, 0x26f9, 0x1f3c3, 0x1f9d1, 0x1f46a]) {
  add('tone-after', cp(base) + TONES[0]);
  add('tone-after-vs16', cp(base) + VS16 + TONES[0]);
  add('tone-doubled', cp(base) + TONES[0] + TONES[1]);
  add('tone-after-vs15', cp(base) + VS15 + TONES[0]);
}
add('tone-after-letter', 'a' + TONES[0]);
add('tone-after-space', ' ' + TONES[0]);

// Keycaps.
for (const k of ['0', '1', '9', '#', '*', 'a', ' ', '10']) {
  add('keycap', k + KEYCAP);
  add('keycap-vs16', k + VS16 + KEYCAP);
  add('keycap-vs15', k + VS15 + KEYCAP);
  add('keycap-vs16-no-cap', k + VS16);
}
add('keycap-alone', KEYCAP);
add('keycap-doubled', '1' + KEYCAP + KEYCAP);
add('keycap-run', rep('1' + VS16 + KEYCAP, 50));
add('keycap-digits-before', '123' + KEYCAP);
add('keycap-in-url', 'example.com/1' + KEYCAP);
add('keycap-in-url-vs16', 'https://example.com/1' + VS16 + KEYCAP + ' x');
add('keycap-tone', '1' + KEYCAP + TONES[0]);

// Regional indicators: every pair, odd runs, runs after URLs.
const AZ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
for (const a of AZ) for (const b of AZ) add('flag-pair', ri(a) + ri(b));
for (const n of [1, 3, 5, 7]) add('flag-run', rep(ri('J'), n));
add('flag-odd', ri('A') + ri('A') + ri('C'));
add('flag-odd-2', ri('Z') + ri('J') + ri('P'));
add('flag-shifted', ri('X') + ri('J') + ri('P') + ri('U') + ri('S'));
add('flag-many', rep(ri('J') + ri('P'), 100));
add('flag-after-url', 'example.com' + ri('J') + ri('P'));
add('flag-tone', ri('J') + ri('P') + TONES[0]);
add('flag-vs16', ri('J') + VS16 + ri('P'));

// Variation selectors and characters with both styles.
add('vs16-alone', VS16);
add('vs15-alone', VS15);
add('vs16-run', rep(VS16, 20));
add('vs15-run', rep(VS15, 20));
for (const c of [0xa9, 0xae, 0x2122, 0x203c, 0x2049, 0x2139, 0x2194, 0x231a, 0x23f0, 0x24c2, 0x25b6,
  0x2600, 0x260e, 0x2614, 0x263a, 0x2640, 0x2660, 0x267b, 0x267e, 0x2693, 0x26a0, 0x26bd, 0x2705,
  0x2714, 0x2728, 0x2744, 0x274c, 0x2764, 0x27a1, 0x27b0, 0x2934, 0x2b05, 0x2b50, 0x3030, 0x3297,
  0x1f004, 0x1f170, 0x1f202, 0x1f321, 0x1f600, 0x1f610, 0x1f6f9, 0x1f6fa, 0x1f90c, 0x1f97a, 0x1f9a5, 0x1fa70, 0x1fae0]) {
  const ch = cp(c);
  add('style', ch);
  add('style-vs16', ch + VS16);
  add('style-vs15', ch + VS15);
  add('style-vs16-vs15', ch + VS16 + VS15);
  add('style-vs15-vs16', ch + VS15 + VS16);
  add('style-doubled-vs16', ch + VS16 + VS16);
  add('style-tone', ch + TONES[2]);
  add('style-in-text', 'a' + ch + 'b ' + ch + VS16 + ' c' + ch + VS15);
}
add('vs16-after-letter', 'a' + VS16);
add('vs16-after-cjk', '日' + VS16);

// Every code point of the symbol and emoji blocks, bare and with each
// presentation selector.
const sweep = [[0x2100, 0x2bff], [0x3030, 0x303d], [0x3297, 0x3299], [0x1f000, 0x1faff]];
for (const [lo, hi] of sweep) {
  for (let c = lo; c <= hi; c++) {
    add('sweep', cp(c));
    add('sweep-vs16', cp(c) + VS16);
    add('sweep-vs15', cp(c) + VS15);
  }
}

// Invalid characters, and emoji among text and URLs.
for (const c of ['\ufeff', '\ufffe', '\uffff']) {
  add('invalid', 'a' + c + 'b');
  add('invalid-after-emoji', WOMAN + c);
  add('invalid-in-zwj', WOMAN + ZWJ + c + ZWJ + WOMAN);
}
add('mixed', 'Breaking: ' + rep(WOMAN, 3, ZWJ) + ' joins #news at ' + URL + ' ' + ri('J') + ri('P') + '1' + VS16 + KEYCAP);
add('mixed-long', rep('café ' + MAN + ZWJ + WOMAN + ZWJ + GIRL + ' ', 60) + URL);
add('limit-edge', rep('a', 278) + WOMAN);
add('limit-edge-zwj', rep('a', 270) + rep(WOMAN, 4, ZWJ));

const source = `twitter-text ${ttVersion} parseTweet (twemoji-parser ${tpVersion}), node ${process.version}`;
const weigh = ({ rule, text }) => {
  const r = tt.parseTweet(text);
  return { rule, text, weightedLength: r.weightedLength, valid: r.valid };
};
const encode = (list) => JSON.stringify({ source, cases: list.map(weigh) }).replace(/\},\{/g, '},\n{') + '\n';
const ruled = cases.filter((c) => !c.rule.startsWith('sweep'));
const swept = cases.filter((c) => c.rule.startsWith('sweep'));
fs.writeFileSync(path.join(outDir, 'adversarial.json'), encode(ruled));
fs.writeFileSync(path.join(outDir, 'sweep.json.gz'), zlib.gzipSync(encode(swept), { level: 9 }));
console.error(`adversarial.js: ${ruled.length} cases in adversarial.json, ${swept.length} in sweep.json.gz`);
