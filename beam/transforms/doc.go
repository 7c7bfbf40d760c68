// Package transforms is sharekit as Apache Beam transforms: the work of
// `sharekit batch` spread over a Beam runner (Prism locally, Google Cloud
// Dataflow, Apache Flink, Apache Spark), with output records that are
// byte for byte those `sharekit batch` writes as jsonl.
//
// It lives in a Go module of its own (github.com/sharekit/sharekit/beam)
// so that users of the core module never download Beam's dependencies.
//
// # Records: files in, batch records out
//
// [Read] matches a glob and splits every file into its input records
// ([Input]) as `sharekit batch` reads them: a txt or jsonl line, a csv or
// tsv record under its file's header row. Each file is read from its
// start on one worker, because a record's line number and a csv record's
// columns depend on everything before it in the file; the records are then
// reshuffled so that the costly step, [Records], runs on every worker.
// [Records] turns each Input into the jsonl record batch writes for it and
// puts the error records (a line that is not UTF-8, too long, a malformed
// csv row or JSON object, a URL the share package refuses, a network that
// cannot take the post) in a second PCollection: nothing is ever dropped.
// [Write] writes records as sharded jsonl with textio.
//
// # Headlines in, tags and links out
//
// [Tags] derives tags for a PCollection of headlines (strings or [Item]s)
// with hashtag.Options: Options.Best gives the ranked suggestions an
// editor would post. [Links] and [Posts] give each item's share link and
// post text on each network, with a second PCollection of [Failure]s for
// the items a network cannot take.
//
// # Word segmenters
//
// The sharekit command links the Chinese, Japanese and Thai word
// segmenters; a pipeline that must give the same tags for those languages
// imports them too, as cmd/sharekit-beam does:
//
//	import _ "github.com/sharekit/sharekit/hashtag/segment/all"
//
// See docs/beam.md for running the pipeline on each runner.
package transforms
