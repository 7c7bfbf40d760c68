// Package batch runs sharekit over headline files: streaming, parallel,
// ordered, one output record per input record.
//
// [Run] is the entry point: it reads records from an io.Reader and writes
// their output to an io.Writer, configured by [Options]. [FormatOf] picks an
// input format from a file name; [Options.Validate] checks options up front.
//
// # Input
//
//   - txt: one headline a line. An empty (or blank) line is a record too: an
//     empty headline, no tags, so output lines stay aligned with input lines.
//   - csv: RFC 4180 with a header row; the headline and URL columns are
//     found by name (Options.HeadlineColumn, Options.URLColumn). A quote
//     inside an unquoted field is kept as text (say "no" to talks), since
//     headlines quote people. A blank line is an empty record, as in txt,
//     so that every input line has its output line.
//   - tsv: as IANA's text/tab-separated-values defines it and as paste, cut
//     and database exports write it: a header row, fields split at tabs, no
//     quoting (a headline may open with a quote). Options.TSVQuoted reads
//     the quoted Excel "tab" dialect instead, with csv's rules.
//   - jsonl: one object a line with a "headline" string and an optional "url";
//     other members pass through to the output byte for byte. A line that is
//     empty or only white space is not an object: an error record
//     ("empty line"), never skipped.
//
// Lines end in \n or \r\n, a UTF-8 byte order mark is dropped, and gzip input
// is recognized by its magic number and read transparently.
//
// # Output
//
// jsonl (the default) writes one object a line:
//
//	{"file":"h.csv","line":2,"headline":"…","url":"…","tags":["…"],"links":{"x":"…"},"posts":{"x":"…"}}
//
// links and posts appear when Options.Networks is set and the record has a
// URL. A network that cannot take the record (a URL too long for Bluesky's
// post) never costs the others theirs: its link and post are null and its
// reason is in "network_errors" ({"bluesky":"…"}); in csv/tsv its cells are
// empty and the error column says "bluesky: …". Such a record counts as an
// error record (Summary.Errors, FailFast). csv/tsv cells that a spreadsheet
// would run as a formula (starting = + - @, tab, CR) get a leading ' unless
// Options.KeepFormulas. csv and tsv write the same fields as columns (file, line, headline,
// url, tags, <network>_link…, <network>_post…, error, input) after a header
// row; text writes the "#A #B" hashtag line of each record.
//
// # Nothing lost
//
// Every input record gets exactly one output record, in input order. A record
// that cannot be processed (invalid UTF-8, a line over Options.MaxLineBytes,
// a malformed csv row or JSON object, an empty jsonl line, a URL the share
// package refuses)
// becomes an error record in its place:
//
//	{"file":"h.txt","line":7,"error":"invalid UTF-8","input":"bad \\xff byte","input_base64":"YmFkIP8gYnl0ZQ=="}
//
// "input" is the raw record as a readable string: bytes that are not UTF-8
// appear as the four characters \xNN, and then "input_base64" holds the exact
// bytes. An over-long line keeps only its first 256 bytes. In csv/tsv output
// the error and input are columns; text output writes an empty line and, when
// Options.Errors is set, "file:line: error" there.
//
// # Streaming, parallel, ordered
//
// One goroutine splits the input into chunks of up to 512 records, a pool of
// Options.Workers goroutines formats each chunk into one buffer, and the
// calling goroutine writes the buffers in input order. Channels are bounded,
// so at most 2×workers+2 chunks are in flight and memory stays flat however
// large the input: a line is never held longer than its chunk, and an
// over-long line is skipped without being buffered. A partial chunk is
// handed over whenever the input has nothing more buffered, so a line
// written to a pipe or a request body comes back at once instead of
// waiting for 511 more.
package batch
