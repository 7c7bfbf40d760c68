// Package hashtag derives hashtags from news headlines, in any script, fast
// enough to run over every headline of a feed.
//
//	hashtag.Line("‘Grateful to Pakistan’: US on Islamabad’s ‘offer’ to send troops to Gaza for peacebuilding")
//	// "#Grateful #Pakistan #Islamabads #offer #send #troops #Gaza #peacebuilding"
//
// [Line] uses the defaults (English, one tag per content word). [New] makes
// a [Generator] from [Options] (style, case, language, limits); its
// [Generator.Derive] returns [Tag] values with their byte span in the
// headline and their [Kind], [Generator.Line] the "#a #b" line and
// [Generator.AppendLine] the same without allocating. [Extract] and [Valid]
// apply X's own hashtag rules (twitter-text) to text; [Camel] joins a phrase
// into one CamelCase tag text.
//
// # Words
//
// A single pass splits the headline into words: runs of letters, decimal
// digits and combining marks (a mark never starts a word). Inside a word,
// between word characters:
//
//   - apostrophes (’ ' ʼ ＇, and Hebrew ׳ ״) are removed: Islamabad’s →
//     Islamabads, rock’n’roll → rocknroll. Elsewhere they are quotes.
//     With Lang fr, it or ca an elided article is its own word: l’Ukraine →
//     Ukraine. An English contraction of a stopword (I’ll, they’re, can’t)
//     counts as that stopword.
//   - hyphens (- ‐ ‑ ־ －, and an en dash with no spaces) join a compound,
//     tagged in CamelCase: Israel-Hamas → IsraelHamas, peace-building →
//     PeaceBuilding. After a digit no capital is needed: COVID-19 →
//     COVID19, 2024-elections → 2024elections. Spaced dashes separate.
//   - the dots of a dotted acronym go: U.S. → US.
//   - ZWNJ and ZWJ stay (Persian می‌خواهد, Devanagari conjuncts), as does _;
//     soft hyphens, byte order marks, bidi controls, variation selectors
//     and the Arabic tatweel vanish.
//
// Everything else separates words: spaces of every kind (including the
// zero-width space), punctuation, symbols and emoji, which never appear in
// a tag. Invalid UTF-8 separates too. URLs (http://, https://, www.) are
// skipped. A number with a decimal or thousands separator (4.25%, €1.8bn)
// is a quantity and is dropped whole.
//
// Scripts written without spaces (Thai, Chinese, Japanese) have no word
// boundaries the scanner can see without a dictionary: a run of such text
// between spaces or punctuation is one word, so one tag.
//
// # Tags
//
// In the default [Words] style every word becomes a tag, in headline order
// and case as written, except:
//
//   - stopwords of the language (see [Languages]; [Options.Stopwords] adds
//     words, [Options.ReplaceStopwords] replaces the list). With
//     [Options.KeepAcronyms] a word in capitals (US, UN, EU) is kept even
//     if it is a stopword — unless the whole headline is in capitals.
//   - words without a letter (2026 is never a tag alone; G20 is), and a
//     lone letter of a cased script (AT&T gives no "T"; one Han character
//     is a word and is kept).
//   - words shorter than [Options.MinLength] code points.
//   - duplicates, compared case-insensitively; the first one stays.
//   - tags beyond [Options.Max].
//
// # Phrases and Title Case
//
// The [Phrases] style tags names and phrases in CamelCase: a run of
// capitalized words, not stopwords, in which up to two lower-case
// connectors may stand in a row (of, the, de, la, al, von, …: the list is
// stopwords/connectors.txt). "Board of Peace meets in Cairo" gives
// #BoardOfPeace and #Cairo. Punctuation ends a run, as does a possessive
// (Meghan’s | Netflix). "and" (und, et, e, y) joins only one single word to
// another (Trinidad and Tobago), never a longer run or an acronym, since
// "US and EU" and "Rio de Janeiro and Leonardo da Vinci" are two things.
//
// A capital that every sentence has carries no signal: a sentence's first
// word (also after : . ? ! and an opening quote) is not a name on its own,
// though it starts a run that capitals continue ("Board of Peace"). An
// acronym or a compound with an inner capital (Israel-Hamas) is a name
// anywhere.
//
// Nor do capitals carry a signal when every word has one. When a headline
// is in Title Case (three or more capitalized content words after the
// first, and at most one lower-case one for five of them) or in capitals,
// the Phrases style does not glue it into one tag: it falls back to one tag
// per content word, as [Words] does. So does a headline mostly in a script
// without case (Arabic, Devanagari, Han), where no capital marks a name. The [Combined] style gives the phrase
// tags first (so [Options.Max] keeps them), then the remaining words.
//
// # Scripts and case
//
// Tags keep their script. Where a script has no case, a multi-word tag
// cannot show its word boundaries with capitals, and its parts are joined
// with '_', as users of X do for Arabic-script tags: غزة-رفح → غزة_رفح.
// [CaseLower] and [CaseCamel] use golang.org/x/text/cases for the
// language of [Options.Lang]: Turkish İ/ı, German ß, Greek final sigma.
//
// # Normalization
//
// Tags are NFC. Compatibility characters are unfolded (fullwidth ＧＡＺＡ →
// GAZA, halfwidth ﾆｭｰｽ → ニュース, ligatures ﬁ → fi, Arabic presentation
// forms → letters) but full NFKC is not applied, since it also rewrites
// ordinary spellings (Thai น้ำ). [Options.FoldDiacritics] removes the
// diacritics of Latin letters (São Paulo → SaoPaulo, Zürich → Zurich, ß →
// ss, ø → o, ł → l, æ → ae); the marks of other scripts are vowels and
// stay.
//
// # Suggestions
//
// [Generator.Suggest] returns the few tags an editor would post, best
// first, each a [Suggestion] with its text, byte span, [Kind] (name, place,
// organization, acronym, topic…) and score. [Options.Best] makes Derive
// and Line return them too, so every caller that passes Options through
// gets suggestions. The derivation is a pipeline, one stage a file:
//
//   - tokenize.go: the scanner's words (scan.go, normalize.go); runs of
//     Chinese, Japanese and Thai split by a [Segmenter] when one is
//     registered (segment.go).
//   - filter.go: stopwords, generic news words (generic/<lang>.txt: says,
//     dead, new), titles (generic/titles.txt: Mr, President, さん) and
//     fragments (a lone letter, 3tn, 28ю).
//   - base.go: base forms where a rule is sure (Islamabad’s → Islamabad,
//     Turkish İstanbul’da → İstanbul, Arabic للمقاومة → المقاومة, Hebrew
//     הPBS → PBS, Amharic በአፍሪካ → አፍሪካ, Korean particles);
//     [Options.AsWritten] turns them off.
//   - candidates.go: places (gazetteer.go: CLDR names of every country
//     and world region in the headline's language, from
//     golang.org/x/text/language/display, also under proclitics and case
//     endings: Пакистане → Пакистан; places/<lang>.txt adds the spellings
//     and cities a language's news uses, places.go; demonyms.go makes an
//     English demonym its place: Australian government → Australia),
//     names by capitals (Board of Peace),
//     names in Title Case and capitals (Julianne Moore, Times Square),
//     phrases in scripts without case (قناة السويس), acronyms and topic
//     words; grammar.go holds the small per-language hints (articles before
//     nouns, verb endings, surname endings, Korean family names);
//     thai.go joins what a Thai Segmenter cuts apart (a name it does not
//     know, the name after ประเทศ or กรุง, นักพากย์), ethiopic.go takes
//     Amharic affixes off place names (የአሰብና → አሰብ, ፈረንሳዊው → ፈረንሳይ)
//     and knows its verbs (the last word of a sentence). The other rules of
//     one language or script have a file each, called from these stages:
//     semitic.go (Arabic, Hebrew: proclitics, demonyms, construct
//     phrases), declension.go and greek.go (Russian, Greek, Hindi, Urdu
//     base forms), cjk.go (Chinese and Japanese nouns written together),
//     compounds.go, nounphrases.go, german.go, events.go, yoruba.go and
//     gloss.go (Latin-script compounds, noun phrases, German nouns, event
//     years, elisions, glosses in parentheses).
//   - lexicon.go: every word list in one table, so classify looks a word
//     up once and the later stages read the bits it carries.
//   - rank.go: a score per candidate: places and names first, then
//     acronyms and organisations, then topic words (longer first, nouns
//     before verbs), generic words last; the label of a "Topic: …"
//     headline is its topic.
//   - render.go: the best candidates as tags, none inside a better one, none
//     twice, every one valid on X; a candidate far below the best is left
//     out, so fewer than n tags may come back.
//
// The Words, Phrases and Combined styles are the default line and are
// unchanged by all this: Line on the seed headline is still every content
// word in order.
//
// # A publisher's statistics
//
// [Learn] (or a [Learner], a headline at a time) reads a publisher's own
// headline archive in bounded memory into [Stats]: how many headlines
// each word is in, how it is written inside sentences, and the runs of two
// or three words that occur together far more often than chance. With
// [Options.Stats] set, rank_stats.go uses them after the rules: it joins
// the names the archive learned (#BokoHaram, #قناة_السويس_الجديدة, also
// where a sentence's capital opens one: #SwineFlu), tells a sentence's
// capitalized first word apart as a name or a common word by how the
// archive writes it (and ranks as a topic word a capital inside a sentence
// that the archive mostly writes in lower case: #Geithner, not #Budget, in
// "Senators grill Geithner over Budget cuts"), orders topic words by how
// often the archive comes back to them, and base_stats.go shows a word in
// the base form the archive attests (доллара → доллар). [Stats.WriteTo] and [ReadStats] keep them in
// a file (sharekit learn). Without statistics, or with another language's,
// suggestions are exactly as before.
//
// # Pipeline
//
// The default derivation (Line, Derive) runs through stages too, a file or
// two each; where it and Suggest apply the same rule, they call the same
// function:
//
//   - normalize.go, case.go: characters classified, compatibility forms
//     unfolded, NFC, diacritics folded; the language's lower case, title
//     case and case folding (Turkish i, Greek final sigma).
//   - scan.go, tokenize.go: the tokenizer. The scanner splits words,
//     compounds, apostrophes, dotted acronyms, numbers and URLs; its fast
//     path takes plain ASCII words in one loop (plainWord, used by word
//     and by nextWord, the Words style's way through the scanner). tokenize.go splits runs of spaceless scripts with
//     a Segmenter and joins katakana names across ・.
//   - words.go, phrases.go, names.go: the candidates. Every word in the
//     Words style; names by capitals in Phrases and Combined, with the
//     rules Suggest's candidates.go uses too (a headline in capitals or
//     Title Case, connectors, "and").
//   - filter.go: stopwords (and contractions of them), acronyms kept by
//     KeepAcronyms, lone letters, MinLength; Suggest's classify calls the
//     same stopword rule.
//   - tagtext.go, emit.go, dedup.go: the render. A token written as tag
//     text (CamelCase parts, '_' where a script has no case, Case and
//     FoldDiacritics: the same functions Suggest's render.go calls), kept
//     unless a filter drops it or it repeats a kept tag, as a line or as
//     [Tag] values.
//
// derive.go holds the entry points and starts the stages.
//
// # Validity
//
// Every tag is made of letters, marks, decimal digits, '_', ZWNJ and ZWJ
// and has a letter, so it is a valid hashtag on X: [Valid] accepts it and
// [Extract] finds exactly it in "#"+tag.
//
// # Speed
//
// The scanner classifies ASCII by table and takes plain ASCII words in one
// tight loop (Turkish too, but for words with a capital I). Two-byte
// UTF-8 (Latin-1 and Latin Extended, Greek, Cyrillic, Hebrew, Arabic) is
// decoded in place and classified, folded and lower-cased by small tables
// built at start-up; other bytes are decoded through a lazily built table
// for the Basic Multilingual Plane. Only words with marks or unusual
// characters are checked for normalization. Stopwords are looked up
// without allocating, and a [Generator] reuses its buffers, so
// [Generator.AppendLine] does not allocate and [Line] allocates its result
// only. The package benchmarks compare [Line] with strings.Fields over the
// same headlines (BenchmarkLineVsFields), and each non-Latin corpus with
// the English one, per byte (BenchmarkUnicodeVsASCII, at most 3×).
package hashtag
