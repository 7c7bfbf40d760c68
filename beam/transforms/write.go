package transforms

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn2x1[Record, func(int, string), error](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Emitter2[int, string]()
	register.Iter1[string]()
}

// Write writes records (a PCollection of [Record]) as jsonl to shards
// files named by [ShardName] (prefix-00000-of-00004.jsonl, …), one record
// a line, on any filesystem Beam knows (local paths, gs://…).
//
// Beam's Go textio.Write writes a single file, gathering every line on
// one worker; Write does as it does for each shard: a record's shard is a
// hash of its file and line, so a rerun puts it in the same shard, and
// the shards are written in parallel. The order of lines within a shard is
// Beam's, not the input's (sort by "file" and "line" to restore it). A
// shard that no record falls in is not written. Write panics, as
// beam.ParDo does, when shards is not positive.
func Write(s beam.Scope, prefix string, shards int, records beam.PCollection) {
	if shards <= 0 {
		panic(fmt.Sprintf("sharekit Write: shards must be positive, got %d", shards))
	}
	filesystem.ValidateScheme(prefix)
	s = s.Scope("sharekit.Write")
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, records)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: shards}, beam.GroupByKey(s, keyed))
}

// ShardName is the name of shard i of n that Write gives under prefix.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

type shardFn struct {
	Shards int `json:"shards"`
}

func (fn *shardFn) ProcessElement(r Record, emit func(int, string)) error {
	h := fnv.New32a()
	fmt.Fprintf(h, "%s\x00%d", r.File, r.Line)
	emit(int(h.Sum32()%uint32(fn.Shards)), r.JSON)
	return nil
}

type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := ShardName(fn.Prefix, shard, fn.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(fd, 1<<20)
	var line string
	for lines(&line) {
		w.WriteString(line)
		if err := w.WriteByte('\n'); err != nil {
			fd.Close()
			return fmt.Errorf("sharekit Write: %s: %w", name, err)
		}
	}
	if err := w.Flush(); err != nil {
		fd.Close()
		return fmt.Errorf("sharekit Write: %s: %w", name, err)
	}
	return fd.Close()
}
