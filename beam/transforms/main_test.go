package transforms

import (
	"testing"

	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // the tests read and write local files
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	_ "github.com/sharekit/sharekit/hashtag/segment/all" // the segmenters the sharekit command links, for the same tags
)

// TestMain runs the pipelines of the tests on Beam's Prism runner, in
// process (ptest's default; --runner picks another).
func TestMain(m *testing.M) { ptest.Main(m) }
