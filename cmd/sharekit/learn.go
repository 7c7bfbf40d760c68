package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/internal/atomicfile"
	"github.com/sharekit/sharekit/internal/batch"
	"github.com/sharekit/sharekit/internal/progress"
)

// `sharekit learn` and the --stats, --best and --learn flags of the other
// commands: a publisher's own headline archive, learned into a statistics
// file (hashtag.Learn), makes suggestions fit its vocabulary. The reading
// is batch's (batch.Headlines), the learning the library's; this file only
// wires them.

func learnCommand(stdin io.Reader, stderr io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "learn",
		Usage:     "learn a publisher's vocabulary from its headlines into a statistics file for --stats",
		ArgsUsage: "[FILE…]",
		Description: `Reads headlines from each FILE (or stdin, for none or "-"), in the formats
batch reads (txt, csv/tsv with a headline column, jsonl; .gz transparently),
and writes what they say to --output: how many headlines each word appears
in, and the runs of two or three words that occur together far more often
than chance (multi-word names). Memory stays flat whatever the input size;
the same input gives the same file. tags, batch and serve take the file
with --stats; suggestions (--best) then join the names it learned, tell
names from common words by how the archive writes them, put the topics it
comes back to first, and show words in the base form it attests.

Examples:
   sharekit learn -o news.skl archive.txt
   sharekit learn --lang ar -o ar.skl headlines-ar.csv.gz
   sharekit tags --stats news.skl "Villagers flee as Boko Haram attacks"`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the statistics to `FILE` (replaced only when the run succeeds; - for stdout)"},
			&cli.StringFlag{Name: "lang", Value: "en", Usage: "the headlines' language (BCP 47); the file records it", EnvVars: []string{"SHAREKIT_LANG"}},
			&cli.IntFlag{Name: "min-count", Value: hashtag.DefaultLearnMinCount, Usage: "keep words found in at least `N` headlines"},
			&cli.IntFlag{Name: "min-phrase-count", Value: hashtag.DefaultLearnMinPhraseCount, Usage: "keep names (phrases) found in at least `N` headlines, and never fewer than --min-count"},
			&cli.IntFlag{Name: "max-words", Value: hashtag.DefaultLearnMaxWords, Usage: "hold at most `N` words, the most frequent: memory and file size"},
			&cli.IntFlag{Name: "max-phrases", Value: hashtag.DefaultLearnMaxPhrases, Usage: "hold at most `N` phrases of two words, and as many of three, the most frequent"},
			&cli.StringFlag{Name: "input-format", Aliases: []string{"i"}, Usage: "txt, csv, tsv or jsonl (default: from the file extension, txt for stdin)", EnvVars: []string{"SHAREKIT_INPUT_FORMAT"}},
			&cli.StringFlag{Name: "headline-column", Value: "headline", Usage: "csv/tsv column holding the headline"},
			&cli.IntFlag{Name: "max-line-bytes", Value: batch.DefaultMaxLineBytes, Usage: "longer lines are skipped"},
			&cli.BoolFlag{Name: "progress", Usage: "show a progress bar on stderr even when it is not a terminal"},
			&cli.BoolFlag{Name: "no-progress", Usage: "never show a progress bar"},
		},
		Action: func(c *cli.Context) error {
			o := learnOptions{
				files:  c.Args().Slice(),
				output: c.String("output"),
				learn:  hashtag.LearnOptions{Lang: c.String("lang"), MinCount: c.Int("min-count"), MinPhraseCount: c.Int("min-phrase-count"), MaxWords: c.Int("max-words"), MaxPhrases: c.Int("max-phrases"), MaxLineBytes: c.Int("max-line-bytes")},
				read: batch.Options{
					InputFormat:    c.String("input-format"),
					HeadlineColumn: c.String("headline-column"),
					MaxLineBytes:   c.Int("max-line-bytes"),
				},
				progress: progressFlags(c),
			}
			if o.output == "" {
				return usageError(c, "--output FILE is required: where to write the statistics (- for stdout)")
			}
			if o.learn.MinCount < 1 {
				return usageError(c, "--min-count must be at least 1, got %d", o.learn.MinCount)
			}
			if o.learn.MinPhraseCount < 1 {
				return usageError(c, "--min-phrase-count must be at least 1, got %d", o.learn.MinPhraseCount)
			}
			if o.learn.MaxWords < 1 || o.learn.MaxPhrases < 1 {
				return usageError(c, "--max-words and --max-phrases must be at least 1")
			}
			if o.read.MaxLineBytes <= 0 {
				return usageError(c, "--max-line-bytes must be positive, got %d", o.read.MaxLineBytes)
			}
			if err := hashtag.CheckLang(o.learn.Lang); err != nil {
				return usageError(c, "--lang: %v", err)
			}
			if err := o.read.Validate(); err != nil {
				return usageError(c, "%v", err)
			}
			if err := checkOutput(o.output); err != nil {
				return usageError(c, "%v", err)
			}
			return learnRun(c.Context, o, stdin, c.App.Writer, stderr)
		},
	}
}

type learnOptions struct {
	files    []string
	output   string
	learn    hashtag.LearnOptions
	read     batch.Options // the input side only: format, column, line limit
	progress progress.Mode
}

// progressFlags reads --progress and --no-progress.
func progressFlags(c *cli.Context) progress.Mode {
	switch {
	case c.Bool("no-progress"):
		return progress.Off
	case c.Bool("progress"):
		return progress.On
	}
	return progress.Auto
}

func learnRun(ctx context.Context, o learnOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	start := time.Now()
	// The learner's tables are nearly all the live heap and stay the same
	// size; what comes and goes is one headline at a time. Collecting
	// sooner than the default (at +100 %) keeps the peak near the tables'
	// size, so memory is as flat as the tables whatever the input size.
	defer debug.SetGCPercent(debug.SetGCPercent(25))
	st, sum, err := learnInputs(ctx, o, stdin, stderr)
	if err != nil {
		return err
	}
	var out io.Writer = stdout
	var af *atomicfile.File
	if o.output != "-" {
		if af, err = atomicfile.Create(o.output); err != nil {
			return err
		}
		defer af.Abort()
		out = af
	}
	bw := bufio.NewWriter(out)
	size, err := st.WriteTo(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", o.output, err)
	}
	if af != nil {
		if err := af.Commit(); err != nil {
			return err
		}
	}
	elapsed := time.Since(start)
	fmt.Fprintf(stderr, "sharekit: learned %s from %d headlines (%d records skipped): %d words, %d names, %d bytes to %s in %.2fs (%.0f headlines/s)\n",
		st.Lang(), st.Headlines(), sum.Errors, st.Words(), st.Phrases(), size, o.output, elapsed.Seconds(), float64(st.Headlines())/max(elapsed.Seconds(), 1e-9))
	return nil
}

// learnInputs learns from every input in turn, with batch's progress bar.
// Unlike batch, an input that cannot be read stops the run: statistics
// silently missing a file would be wrong without anyone knowing.
func learnInputs(ctx context.Context, o learnOptions, stdin io.Reader, stderr io.Writer) (*hashtag.Stats, batch.Summary, error) {
	var total batch.Summary
	l, err := hashtag.NewLearner(o.learn)
	if err != nil {
		return nil, total, err
	}
	if len(o.files) == 0 {
		o.files = []string{"-"}
	}
	bar := progress.New(stderr, o.progress, progress.InputSize(o.files, stdin), "sharekit learn")
	defer bar.Finish()
	for _, name := range o.files {
		sum, err := learnFile(ctx, name, o.read, stdin, bar, l)
		total.Records += sum.Records
		total.Errors += sum.Errors
		if err != nil {
			if ctx.Err() != nil {
				return nil, total, errInterrupted
			}
			return nil, total, err
		}
	}
	return l.Finish(), total, nil
}

func learnFile(ctx context.Context, name string, opt batch.Options, stdin io.Reader, bar *progress.Bar, l *hashtag.Learner) (batch.Summary, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return batch.Summary{}, &openError{name: name, err: unwrapPath(err)}
		}
		defer f.Close()
		r = f
		if opt.InputFormat == "" {
			opt.InputFormat = batch.FormatOf(name)
		}
	}
	r = bar.Reader(r)
	sum, err := batch.Headlines(ctx, name, r, opt, l.Add)
	if err != nil {
		err = fmt.Errorf("%s: %w", name, unwrapBatch(err, name))
	}
	return sum, err
}

// statsFlags are the flags of commands that can rank suggestions with a
// publisher's statistics.
func statsFlags() []cli.Flag {
	return []cli.Flag{
		&cli.PathFlag{Name: "stats", Usage: "rank suggestions with `FILE` from sharekit learn (implies --best 3)", EnvVars: []string{"SHAREKIT_STATS"}, Category: "Hashtags"},
	}
}

// statsOptions reads --stats into o: the statistics, the file's language
// unless --lang was given, and --best 3 unless --best was given.
func statsOptions(c *cli.Context, o *hashtag.Options) error {
	path := c.Path("stats")
	if path == "" {
		return nil
	}
	st, err := readStatsFile(path)
	if err != nil {
		return err
	}
	if err := useStats(c, o, st); err != nil {
		return err
	}
	if o.Best == 0 {
		o.Best = 3
	}
	return nil
}

// useStats sets o.Stats, taking the file's language when --lang was not
// given and refusing a file of another language than the one given:
// statistics of another language would silently do nothing.
func useStats(c *cli.Context, o *hashtag.Options, st *hashtag.Stats) error {
	if !c.IsSet("lang") {
		o.Lang = st.Lang()
	} else if base, _ := language.Make(o.Lang).Base(); base.String() != st.Lang() {
		return usageError(c, "--stats %s was learned for language %q, not --lang %s", c.Path("stats"), st.Lang(), o.Lang)
	}
	o.Stats = st
	return nil
}

// readStatsFile reads a statistics file; its errors name the file.
func readStatsFile(path string) (*hashtag.Stats, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read stats %s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	st, err := hashtag.ReadStats(bufio.NewReaderSize(f, 256<<10))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return st, nil
}

// learnFirst is batch --learn: a first pass over the inputs learns the
// statistics the second pass ranks with. Only files can be read twice.
func learnFirst(ctx context.Context, c *cli.Context, o *batchOptions, stdin io.Reader, stderr io.Writer) error {
	files := o.files
	if len(files) == 0 {
		files = []string{"-"}
	}
	for _, f := range files {
		if f == "-" {
			return usageError(c, "--learn reads the input twice and cannot with stdin; learn first (sharekit learn -o stats.skl FILE…), then batch --stats stats.skl")
		}
	}
	lo := learnOptions{
		files:    files,
		learn:    hashtag.LearnOptions{Lang: o.opt.Tags.Lang, MaxLineBytes: o.opt.MaxLineBytes},
		read:     batch.Options{InputFormat: o.inputFormat, HeadlineColumn: o.opt.HeadlineColumn, MaxLineBytes: o.opt.MaxLineBytes},
		progress: o.progress,
	}
	st, _, err := learnInputs(ctx, lo, stdin, stderr)
	if err != nil {
		return err
	}
	o.opt.Tags.Stats = st
	if o.opt.Tags.Best == 0 {
		o.opt.Tags.Best = 3
	}
	return nil
}

// serveStats loads serve's --stats once and reloads the file on SIGHUP
// until ctx is done, returning what the server calls for the statistics of
// each request: a reload swaps them whole, so no request waits for it and
// none sees half of one. A file that fails to load on reload is logged and
// the statistics in use are kept; at start it is an error.
func serveStats(ctx context.Context, path string, log *slog.Logger) (func() *hashtag.Stats, error) {
	if path == "" {
		return nil, nil
	}
	st, err := readStatsFile(path)
	if err != nil {
		return nil, err
	}
	var cur atomic.Pointer[hashtag.Stats]
	cur.Store(st)
	logStats(log, "stats loaded", path, st)
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	go func() {
		defer signal.Stop(hup)
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				st, err := readStatsFile(path)
				if err != nil {
					log.Error("stats reload failed; keeping the statistics in use", "err", err)
					continue
				}
				cur.Store(st)
				logStats(log, "stats reloaded", path, st)
			}
		}
	}()
	return cur.Load, nil
}

func logStats(log *slog.Logger, msg, path string, st *hashtag.Stats) {
	log.Info(msg, "file", path, "lang", st.Lang(), "headlines", st.Headlines(), "words", st.Words(), "names", st.Phrases())
}
