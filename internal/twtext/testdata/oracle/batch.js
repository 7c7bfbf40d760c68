// batch.js IN OUT: for each string of the JSON array in IN, what
// twitter-text 3.1.0 makes of it, written to OUT as JSON for oracle_test.go:
// urls and tags as [text, start, end] in UTF-16 indices, p as parseTweet's
// [weightedLength, valid, permillage, validRangeEnd, displayRangeEnd], and v
// as isValidHashtag for a string that starts with '#' (null otherwise).
"use strict";
const fs = require("fs");
const twttr = require("twitter-text");

const inputs = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const outs = inputs.map((s) => {
  const p = twttr.parseTweet(s);
  return {
    urls: twttr.extractUrlsWithIndices(s).map((u) => [u.url, u.indices[0], u.indices[1]]),
    tags: twttr.extractHashtagsWithIndices(s).map((h) => [h.hashtag, h.indices[0], h.indices[1]]),
    p: [p.weightedLength, p.valid, p.permillage, p.validRangeEnd, p.displayRangeEnd],
    v: s.startsWith("#") ? twttr.isValidHashtag(s) : null,
  };
});
fs.writeFileSync(process.argv[3], JSON.stringify(outs));
