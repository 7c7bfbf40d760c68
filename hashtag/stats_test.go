package hashtag

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func encodeStats(t testing.TB, st *Stats) []byte {
	t.Helper()
	var b bytes.Buffer
	n, err := st.WriteTo(&b)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(b.Len()) {
		t.Fatalf("WriteTo returned %d; wrote %d bytes", n, b.Len())
	}
	return b.Bytes()
}

func sampleStats(t testing.TB) *Stats {
	t.Helper()
	return learnString(t, readTestHeadlines(t)+archive([]string{"boko haram", "قناة السويس"}, enFillers, 6), LearnOptions{MinCount: 1})
}

func TestStatsRoundTrip(t *testing.T) {
	st := sampleStats(t)
	if st.Words() == 0 || st.Phrases() == 0 {
		t.Fatalf("sample has %d words and %d phrases; want some of each", st.Words(), st.Phrases())
	}
	data := encodeStats(t, st)
	// One byte at a time: ReadStats must not rely on a reader's read sizes.
	got, err := ReadStats(iotest.OneByteReader(bytes.NewReader(data)))
	if err != nil {
		t.Fatalf("ReadStats: %v", err)
	}
	if !sameStats(got, st) {
		t.Errorf("ReadStats(WriteTo(st)) differs from st")
	}
	if again := encodeStats(t, got); !bytes.Equal(again, data) {
		t.Errorf("writing what was read gives other bytes")
	}
}

func TestStatsEmptyRoundTrip(t *testing.T) {
	st := learnString(t, "", LearnOptions{Lang: "hi"})
	got, err := ReadStats(bytes.NewReader(encodeStats(t, st)))
	if err != nil {
		t.Fatalf("ReadStats of empty statistics: %v", err)
	}
	if got.Lang() != "hi" || got.Headlines() != 0 || got.Words() != 0 {
		t.Errorf("got lang %q, %d headlines, %d words; want hi, 0, 0", got.Lang(), got.Headlines(), got.Words())
	}
}

// reseal recomputes the checksum (and body length) of a file whose body a
// test changed, so the reader's checks behind the checksum are reached.
func reseal(file []byte) []byte {
	out := bytes.Clone(file)
	binary.LittleEndian.PutUint64(out[12:], uint64(len(out)-statsHeaderSize-4))
	end := len(out) - 4
	binary.LittleEndian.PutUint32(out[end:], crc32.Checksum(out[:end], statsCRC))
	return out
}

// body builds a file from a hand-written body.
func statsFile(body ...[]byte) []byte {
	out := []byte(statsMagic)
	out = binary.LittleEndian.AppendUint16(out, statsVersion)
	out = binary.LittleEndian.AppendUint16(out, 0)
	out = binary.LittleEndian.AppendUint64(out, 0)
	for _, b := range body {
		out = append(out, b...)
	}
	return reseal(append(out, 0, 0, 0, 0))
}

func uv(vs ...uint64) []byte {
	var b []byte
	for _, v := range vs {
		b = binary.AppendUvarint(b, v)
	}
	return b
}

func TestReadStatsErrors(t *testing.T) {
	good := encodeStats(t, sampleStats(t))
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 0x40
	v2 := bytes.Clone(good)
	v2[8] = 2
	hdr := func(lang string, headlines, min uint64) []byte {
		return append(append(uv(uint64(len(lang))), lang...), uv(headlines, min)...)
	}
	tests := []struct {
		name string
		data []byte
		kind error
		msg  string
	}{
		{"empty", nil, ErrNotStats, "empty"},
		{"json", []byte(`{"lang":"en"}`), ErrNotStats, "starts with 7b"},
		{"png", []byte("\x89PNG\r\n\x1a\n...."), ErrNotStats, "starts with 89 50 4e 47"},
		{"magic only", []byte(statsMagic), ErrStatsCorrupt, "truncated"},
		{"half magic", []byte(statsMagic[:4]), ErrStatsCorrupt, "truncated"},
		{"truncated body", good[:len(good)-10], ErrStatsCorrupt, "truncated"},
		{"no checksum", good[:len(good)-4], ErrStatsCorrupt, "truncated"},
		{"data after", append(bytes.Clone(good), 'x'), ErrStatsCorrupt, "data after the end"},
		{"flipped bit", flipped, ErrStatsCorrupt, "checksum mismatch"},
		{"version 2", v2, ErrStatsVersion, "version 2"},
		{"huge length", func() []byte {
			b := bytes.Clone(good)
			binary.LittleEndian.PutUint64(b[12:], 1<<62)
			return b
		}(), ErrStatsCorrupt, "more than"},
		{"bad language", statsFile(hdr("!!", 1, 1), uv(0, 0)), ErrStatsCorrupt, "bad language"},
		{"zero min count", statsFile(hdr("en", 1, 0), uv(0, 0)), ErrStatsCorrupt, "minimum count"},
		{"too many words", statsFile(hdr("en", 9, 1), uv(1000)), ErrStatsCorrupt, "cannot fit"},
		{"count over headlines", statsFile(hdr("en", 2, 1), uv(1, 0, 1), []byte("a"), uv(3, 0)), ErrStatsCorrupt, "outside"},
		{"out of order", statsFile(hdr("en", 2, 1), uv(2, 0, 1), []byte("b"), uv(1, 0, 0, 0, 1), []byte("a"), uv(1, 0, 0, 0)), ErrStatsCorrupt, "out of order"},
		{"repeated word", statsFile(hdr("en", 2, 1), uv(2, 0, 1), []byte("a"), uv(1, 0, 0, 1, 0), uv(1, 0, 0, 0)), ErrStatsCorrupt, "out of order"},
		{"case counts over headlines", statsFile(hdr("en", 2, 1), uv(1, 0, 1), []byte("a"), uv(1, 2, 0, 0)), ErrStatsCorrupt, "case counts"},
		{"shared beyond previous", statsFile(hdr("en", 2, 1), uv(1, 3, 1), []byte("a"), uv(1, 0)), ErrStatsCorrupt, "bad key length"},
		{"space in word", statsFile(hdr("en", 2, 1), uv(1, 0, 3), []byte("a b"), uv(1, 0)), ErrStatsCorrupt, "holds a space"},
		{"not UTF-8", statsFile(hdr("en", 2, 1), uv(1, 0, 1), []byte{0xff}, uv(1, 0)), ErrStatsCorrupt, "not UTF-8"},
		{"one-word phrase", statsFile(hdr("en", 2, 1), uv(0, 1, 0, 2), []byte("ab"), uv(1), []byte{9}), ErrStatsCorrupt, "not two or three words"},
		{"four-word phrase", statsFile(hdr("en", 2, 1), uv(0, 1, 0, 7), []byte("a b c d"), uv(1), []byte{9}), ErrStatsCorrupt, "not two or three words"},
		{"phrase cut short", statsFile(hdr("en", 2, 1), uv(0, 1, 0, 3), []byte("a b"), uv(1)), ErrStatsCorrupt, "runs past the end"},
		{"bytes after phrases", statsFile(hdr("en", 2, 1), uv(0, 0), []byte("zz")), ErrStatsCorrupt, "after the last phrase"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := ReadStats(bytes.NewReader(tt.data))
			if err == nil {
				t.Fatalf("ReadStats = %v, nil error; want %v", st, tt.kind)
			}
			if !errors.Is(err, tt.kind) || !strings.Contains(err.Error(), tt.msg) || !strings.HasPrefix(err.Error(), "hashtag: stats: ") {
				t.Errorf("ReadStats error = %q; want %v saying %q", err, tt.kind, tt.msg)
			}
		})
	}
}

// TestReadStatsEveryTruncation: a file cut anywhere is an error, never a
// panic and never statistics.
func TestReadStatsEveryTruncation(t *testing.T) {
	good := encodeStats(t, learnString(t, archive([]string{"boko haram"}, enFillers, 4), LearnOptions{MinCount: 1}))
	for n := range len(good) {
		if _, err := ReadStats(bytes.NewReader(good[:n])); err == nil {
			t.Errorf("ReadStats of the first %d of %d bytes succeeded; want an error", n, len(good))
		}
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, io.ErrClosedPipe }

func TestReadStatsReadError(t *testing.T) {
	_, err := ReadStats(io.MultiReader(bytes.NewReader([]byte(statsMagic+"\x01\x00")), failingReader{}))
	if !errors.Is(err, io.ErrClosedPipe) {
		t.Errorf("ReadStats over a failing reader = %v; want the read error", err)
	}
}

func FuzzReadStats(f *testing.F) {
	good := encodeStats(f, learnString(f, archive([]string{"boko haram", "rio grande valley"}, enFillers, 4), LearnOptions{MinCount: 1}))
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte(statsMagic))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		// The checksum would stop nearly every mutation at the door;
		// half the time, reseal so the body's own checks are fuzzed.
		if len(data) >= statsHeaderSize+4 && string(data[:len(statsMagic)]) == statsMagic && data[len(data)-1]&1 == 1 {
			data = reseal(data)
		}
		st, err := ReadStats(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrNotStats) && !errors.Is(err, ErrStatsVersion) && !errors.Is(err, ErrStatsCorrupt) {
				t.Fatalf("ReadStats error %q is none of ErrNotStats, ErrStatsVersion, ErrStatsCorrupt", err)
			}
			return
		}
		// What was read is statistics: written and read again, the same.
		again, err := ReadStats(bytes.NewReader(encodeStats(t, st)))
		if err != nil {
			t.Fatalf("rereading written statistics: %v", err)
		}
		if !sameStats(again, st) {
			t.Fatalf("statistics changed on a round trip")
		}
		checkIndex(t, st)
	})
}
