package hashtag

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
	"unicode/utf8"
)

// Stats is what Learn found in a publisher's headlines: the document
// frequency of words, and the multi-word names (collocations) among them,
// for one language. Set Options.Stats to make Suggest use them. A Stats is
// never changed after it is made, so it is safe for concurrent use.
type Stats struct {
	lang      string // the base language code the words were learned in ("en")
	headlines uint64
	minCount  uint32
	// What the Learner learned, as it fills it in, until index moves it
	// into idx: nil after.
	words   map[string]uint32     // lower-cased word → headlines it appears in
	cases   map[string]caseStat   // a word → how it is written inside sentences, if it ever is in a cased script
	phrases map[string]phraseStat // words joined by phraseSep → its counts
	// idx holds the words and phrases (stats_index.go): one table that
	// everything reads, Suggest's lookups and WriteTo. ReadStats fills it
	// directly.
	idx statsIndex
}

// index makes the Stats ready for use: the maps the Learner filled, if
// any, moved into the index (kept beside it, they would double the
// memory for nothing), and the index finished.
func (s *Stats) index() *Stats {
	if s.words != nil || s.cases != nil || s.phrases != nil {
		s.idx = indexMaps(s.words, s.cases, s.phrases)
		s.words, s.cases, s.phrases = nil, nil, nil
		return s
	}
	s.idx.finish()
	return s
}

// Suggest's lookups, by a key it has built in a buffer (lower-cased, the
// words of a phrase joined by phraseSep): the one place that knows how
// the statistics are held. Each answers exactly (the table compares keys,
// never hashes alone), but phraseStarts, a filter whose "no" is exact and
// whose "maybe" phrase checks.

// df returns the document frequency of the word key, 0 if not held.
func (s *Stats) df(key []byte) uint32 { return s.idx.find(key).df }

// caseOf returns how the word key is written inside sentences.
func (s *Stats) caseOf(key []byte) caseStat { return s.idx.find(key).cases }

// seen is how many times in all the archive writes the word inside
// sentences, and whether that is often enough for its case to tell
// anything: at least twice the minimum count (Stats.minCount). Every rule
// that judges a word by the archive's case asks here, so that they agree
// on when to judge.
func (c caseStat) seen(minCount uint32) (n uint32, ok bool) {
	n = c.capital + c.lower
	return n, n >= 2*minCount
}

// phrase returns the counts of the phrase key, if it is a learned one.
func (s *Stats) phrase(key []byte) (phraseStat, bool) {
	e := s.idx.find(key)
	return e.phrase, e.isPhrase
}

// phraseStarts returns the lengths of the learned phrases that may start
// with the words first and second, as bits (1<<2 for two words, 1<<3 for
// three): a bit clear is sure, a bit set is to be looked up (phrase).
// Most words start no phrase, and most that do, not with the word after
// them: this spares them building and looking up a key.
func (s *Stats) phraseStarts(first, second []byte) uint8 {
	return s.idx.phraseStarts(first, second)
}

// caseStat counts the headlines in which a word stands inside a sentence
// (not first, in a headline that is not Title Case or capitals) with a
// capital, and in lower case: a word nearly always capitalized there is a
// name, also where a sentence's first capital hides it.
type caseStat struct {
	capital, lower uint32
}

type phraseStat struct {
	count    uint32 // headlines it appears in
	strength uint8  // how strongly its words go together: NPMI × 255
}

// Lang is the base language the statistics were learned in ("en", "ar").
func (s *Stats) Lang() string { return s.lang }

// Headlines is how many headlines they were learned from.
func (s *Stats) Headlines() int64 { return int64(s.headlines) }

// Words and Phrases are how many words and multi-word names the
// statistics hold.
func (s *Stats) Words() int { return s.idx.words }

// Phrases: see [Stats.Words].
func (s *Stats) Phrases() int { return s.idx.phrases }

// DocFreq returns how many headlines word appeared in, as far as the
// statistics know: 0 for a word seen in fewer than their minimum count.
// word is compared as Suggest writes it, lower-cased in the language.
func (s *Stats) DocFreq(word string) int { return int(s.idx.lookup([]byte(word)).df) }

// IsPhrase reports whether the lower-cased words, in this order, form a
// multi-word name the statistics learned.
func (s *Stats) IsPhrase(words ...string) bool {
	return s.idx.lookup([]byte(strings.Join(words, string(rune(phraseSep))))).isPhrase
}

// The file format, version 1, all integers little-endian:
//
//	magic    8 bytes  "\x89SKL\r\n\x1a\n" (a PNG-style magic: catches text-mode transfers)
//	version  uint16   1
//	flags    uint16   0
//	length   uint64   length of the body
//	body     length bytes:
//	         lang        uvarint length + bytes
//	         headlines   uvarint
//	         min count   uvarint
//	         words       uvarint n, then n × entry + uvarints document frequency,
//	                     headlines with it capitalized inside a sentence, and in lower case there
//	         phrases     uvarint n, then n × entry + uvarint count + 1 byte strength
//	crc32    uint32   Castagnoli, of everything before it
//
// An entry is a key front-coded against the one before it: uvarint bytes
// shared, uvarint length of the rest, the rest. Keys are sorted bytewise,
// each greater than the one before, so a file has one byte form for its
// content (the same input gives the same bytes) and a reader can check
// order as it goes.
const (
	statsMagic      = "\x89SKL\r\n\x1a\n"
	statsVersion    = 1
	statsHeaderSize = 8 + 2 + 2 + 8
	// statsMaxKey bounds one key: a word or a phrase of three is never
	// this long, and a corrupt length must not make a reader allocate.
	statsMaxKey = 1024
	// statsMaxBody bounds the body: the defaults give a few MB.
	statsMaxBody = 1 << 30
)

var statsCRC = crc32.MakeTable(crc32.Castagnoli)

// Errors ReadStats wraps, for callers that must tell them apart
// (errors.Is); the message says what exactly is wrong.
var (
	ErrNotStats     = errors.New("not a sharekit statistics file")
	ErrStatsVersion = errors.New("unsupported statistics file version")
	ErrStatsCorrupt = errors.New("corrupt statistics file")
)

// WriteTo writes the statistics in the file format ReadStats reads. The
// same statistics always give the same bytes.
func (s *Stats) WriteTo(w io.Writer) (int64, error) {
	body := binary.AppendUvarint(nil, uint64(len(s.lang)))
	body = append(body, s.lang...)
	body = binary.AppendUvarint(body, s.headlines)
	body = binary.AppendUvarint(body, uint64(s.minCount))

	words := s.idx.sorted(false)
	body = binary.AppendUvarint(body, uint64(len(words)))
	prev := ""
	for _, e := range words {
		body = appendEntry(body, prev, e.key)
		body = binary.AppendUvarint(body, uint64(e.df))
		body = binary.AppendUvarint(body, uint64(e.cases.capital))
		body = binary.AppendUvarint(body, uint64(e.cases.lower))
		prev = e.key
	}
	phrases := s.idx.sorted(true)
	body = binary.AppendUvarint(body, uint64(len(phrases)))
	prev = ""
	for _, e := range phrases {
		body = appendEntry(body, prev, e.key)
		body = binary.AppendUvarint(body, uint64(e.phrase.count))
		body = append(body, e.phrase.strength)
		prev = e.key
	}

	out := make([]byte, 0, statsHeaderSize+len(body)+4)
	out = append(out, statsMagic...)
	out = binary.LittleEndian.AppendUint16(out, statsVersion)
	out = binary.LittleEndian.AppendUint16(out, 0)
	out = binary.LittleEndian.AppendUint64(out, uint64(len(body)))
	out = append(out, body...)
	out = binary.LittleEndian.AppendUint32(out, crc32.Checksum(out, statsCRC))
	n, err := w.Write(out)
	if err != nil {
		return int64(n), fmt.Errorf("hashtag: writing stats: %w", err)
	}
	return int64(n), nil
}

func appendEntry(dst []byte, prev, key string) []byte {
	shared := 0
	for shared < len(prev) && shared < len(key) && prev[shared] == key[shared] {
		shared++
	}
	dst = binary.AppendUvarint(dst, uint64(shared))
	dst = binary.AppendUvarint(dst, uint64(len(key)-shared))
	return append(dst, key[shared:]...)
}

// ReadStats reads statistics that WriteTo wrote. A file that is not one
// (ErrNotStats), of a version this package does not read
// (ErrStatsVersion), or truncated, damaged or inconsistent
// (ErrStatsCorrupt) gives an error that says what is wrong, never a
// panic; reading costs time and memory in proportion to the bytes read.
func ReadStats(r io.Reader) (*Stats, error) {
	var head [statsHeaderSize]byte
	n, err := io.ReadFull(r, head[:])
	switch {
	case n >= len(statsMagic) && string(head[:len(statsMagic)]) != statsMagic,
		n < len(statsMagic) && !strings.HasPrefix(statsMagic, string(head[:n])),
		n == 0 && err == io.EOF:
		what := "empty"
		if n > 0 {
			what = fmt.Sprintf("starts with % x", head[:min(n, len(statsMagic))])
		}
		return nil, statsErr(ErrNotStats, "%s", what)
	case err != nil && err != io.ErrUnexpectedEOF && err != io.EOF:
		return nil, fmt.Errorf("hashtag: reading stats: %w", err)
	case n < statsHeaderSize:
		return nil, statsErr(ErrStatsCorrupt, "truncated: %d bytes, shorter than the %d-byte header", n, statsHeaderSize)
	}
	if v := binary.LittleEndian.Uint16(head[8:]); v != statsVersion {
		return nil, statsErr(ErrStatsVersion, "version %d; this sharekit reads version %d", v, statsVersion)
	}
	if f := binary.LittleEndian.Uint16(head[10:]); f != 0 {
		return nil, statsErr(ErrStatsCorrupt, "unknown flags %#04x in the header", f)
	}
	size := binary.LittleEndian.Uint64(head[12:])
	if size > statsMaxBody {
		return nil, statsErr(ErrStatsCorrupt, "header gives a body of %d bytes, more than the %d a statistics file can have", size, statsMaxBody)
	}
	// Read what is there rather than allocate what the header claims: a
	// damaged length costs no more than the bytes behind it.
	var buf bytes.Buffer
	buf.Write(head[:])
	got, err := io.Copy(&buf, io.LimitReader(r, int64(size)+4+1))
	if err != nil {
		return nil, fmt.Errorf("hashtag: reading stats: %w", err)
	}
	switch {
	case uint64(got) < size+4:
		return nil, statsErr(ErrStatsCorrupt, "truncated: %d bytes, the header says %d", statsHeaderSize+got, statsHeaderSize+size+4)
	case uint64(got) > size+4:
		return nil, statsErr(ErrStatsCorrupt, "data after the end (the header says %d bytes)", statsHeaderSize+size+4)
	}
	all := buf.Bytes()
	end := len(all) - 4
	if want, have := binary.LittleEndian.Uint32(all[end:]), crc32.Checksum(all[:end], statsCRC); want != have {
		return nil, statsErr(ErrStatsCorrupt, "checksum mismatch (stored %08x, computed %08x): the file was damaged", want, have)
	}
	d := statsDecoder{b: all[statsHeaderSize:end]}
	return d.decode()
}

func statsErr(kind error, format string, args ...any) error {
	return fmt.Errorf("hashtag: stats: %w: %s", kind, fmt.Sprintf(format, args...))
}

// statsDecoder parses a body whose checksum was right, checking every
// value anyway: a file written by another program (or a bug) must not
// become statistics that make no sense.
type statsDecoder struct {
	b   []byte
	off int
	err error
}

func (d *statsDecoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = statsErr(ErrStatsCorrupt, "at body byte %d: %s", d.off, fmt.Sprintf(format, args...))
	}
}

func (d *statsDecoder) uvarint(what string) uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b[d.off:])
	if n <= 0 {
		d.fail("bad %s", what)
		return 0
	}
	d.off += n
	return v
}

func (d *statsDecoder) bytes(n uint64, what string) []byte {
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)-d.off) {
		d.fail("%s of %d bytes runs past the end", what, n)
		return nil
	}
	b := d.b[d.off : d.off+int(n)]
	d.off += int(n)
	return b
}

// count reads a number of entries, each at least min bytes long: more than
// the rest of the body can hold is corruption, caught before any map is
// sized by it.
func (d *statsDecoder) count(what string, min int) int {
	n := d.uvarint(what)
	if d.err == nil && n > uint64((len(d.b)-d.off)/min) {
		d.fail("%d %s cannot fit in the %d bytes left", n, what, len(d.b)-d.off)
		return 0
	}
	return int(n)
}

// key reads a front-coded key after prev.
func (d *statsDecoder) key(prev []byte, what string, i int) []byte {
	shared := d.uvarint(what)
	rest := d.uvarint(what)
	if d.err != nil {
		return nil
	}
	if shared > uint64(len(prev)) || shared+rest > statsMaxKey || shared+rest == 0 {
		d.fail("%s %d: bad key length (%d shared with the one before, %d more)", what, i, shared, rest)
		return nil
	}
	tail := d.bytes(rest, what)
	if d.err != nil {
		return nil
	}
	k := append(append(make([]byte, 0, shared+rest), prev[:shared]...), tail...)
	switch {
	case i > 0 && bytes.Compare(k, prev) <= 0:
		d.fail("%s %d: %q is not after %q: keys out of order", what, i, k, prev)
	case !utf8.Valid(k):
		d.fail("%s %d: key is not UTF-8", what, i)
	}
	return k
}

func (d *statsDecoder) decode() (*Stats, error) {
	s := &Stats{}
	lang := d.bytes(d.uvarint("language"), "language")
	s.lang = string(lang)
	if d.err == nil && (len(lang) > 16 || s.lang != "" && checkLang(s.lang) != nil) {
		d.fail("bad language %q", lang)
	}
	s.headlines = d.uvarint("headline count")
	minCount := d.uvarint("minimum count")
	if d.err == nil && (minCount == 0 || minCount > 1<<32-1) {
		d.fail("minimum count %d out of range", minCount)
	}
	s.minCount = uint32(minCount)
	freq := func(what string, i int) uint32 {
		v := d.uvarint(what)
		if d.err == nil && (v < minCount || v > s.headlines) {
			d.fail("%s %d: count %d outside [%d, %d headlines]", what, i, v, minCount, s.headlines)
		}
		return uint32(v)
	}

	n := d.count("words", 5)
	s.idx = newStatsIndex(n)
	var prev []byte
	for i := 0; i < n && d.err == nil; i++ {
		k := d.key(prev, "word", i)
		df := freq("word", i)
		if d.err == nil && bytes.IndexByte(k, phraseSep) >= 0 {
			d.fail("word %d: %q holds a space", i, k)
		}
		capital, lower := d.uvarint("word case count"), d.uvarint("word case count")
		if d.err == nil && (capital > uint64(df) || lower > uint64(df)) {
			d.fail("word %d: case counts %d and %d above its %d headlines", i, capital, lower, df)
		}
		if d.err == nil {
			s.idx.addWord(string(k), df, caseStat{capital: uint32(capital), lower: uint32(lower)})
		}
		prev = k
	}
	n = d.count("phrases", 4)
	s.idx.reserve(2 * n)
	prev = nil
	for i := 0; i < n && d.err == nil; i++ {
		k := d.key(prev, "phrase", i)
		c := freq("phrase", i)
		st := d.bytes(1, "phrase strength")
		if d.err == nil {
			if words := bytes.Count(k, []byte{phraseSep}) + 1; words < 2 || words > 3 || bytes.Contains(k, []byte{phraseSep, phraseSep}) || k[0] == phraseSep || k[len(k)-1] == phraseSep {
				d.fail("phrase %d: %q is not two or three words", i, k)
			} else {
				s.idx.addPhrase(string(k), phraseStat{count: c, strength: st[0]})
			}
		}
		prev = k
	}
	if d.err == nil && d.off != len(d.b) {
		d.fail("%d bytes after the last phrase", len(d.b)-d.off)
	}
	if d.err != nil {
		return nil, d.err
	}
	return s.index(), nil
}
