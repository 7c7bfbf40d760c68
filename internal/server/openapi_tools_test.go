package server

import (
	"bytes"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The OpenAPI document as the tools a client author uses read it: Redocly's
// linter with its recommended rules, and openapi-typescript, whose types a
// TypeScript client compiles against (tsc --strict) and then runs against
// this server. The tools are npm packages: .ci/run installs them into
// .tools/node (gitignored); SHAREKIT_NODE_TOOLS names another such
// directory. Without node or the tools the tests skip, saying so.

// nodeTool returns the path of an npm package's command, or skips.
func nodeTool(t *testing.T, name string) string {
	t.Helper()
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("skipping: node is not installed (.ci/run installs nodejs and npm)")
	}
	dir := os.Getenv("SHAREKIT_NODE_TOOLS")
	if dir == "" {
		var err error
		if dir, err = filepath.Abs(filepath.Join("..", "..", ".tools", "node")); err != nil {
			t.Fatal(err)
		}
	}
	p := filepath.Join(dir, "node_modules", ".bin", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("skipping: %s not found (.ci/run installs @redocly/cli, openapi-typescript and typescript into .tools/node; or set SHAREKIT_NODE_TOOLS)", p)
	}
	return p
}

// runTool runs a command with a deadline and returns its combined output.
func runTool(t *testing.T, dir string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	// No telemetry and no update check: CI must not depend on the network.
	cmd.Env = append(os.Environ(), "REDOCLY_TELEMETRY=off", "REDOCLY_SUPPRESS_UPDATE_NOTICE=true", "NO_UPDATE_NOTIFIER=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, out.String())
		}
	case <-time.After(3 * time.Minute):
		cmd.Process.Kill()
		t.Fatalf("%s %s: no answer in 3 minutes\n%s", filepath.Base(name), strings.Join(args, " "), out.String())
	}
	return out.String()
}

func TestOpenAPIRedoclyLint(t *testing.T) {
	redocly := nodeTool(t, "redocly")
	doc, err := filepath.Abs("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	out := runTool(t, t.TempDir(), redocly, "lint", "--extends", "recommended", doc)
	// Warnings do not fail the command ("You have 1 warning."); they
	// must not be there either.
	if strings.Contains(out, "You have ") || !strings.Contains(out, "API description is valid") {
		t.Errorf("redocly lint is not clean:\n%s", out)
	}
}

// clientTS is what a CMS plugin author writes against the generated types:
// typed requests and responses for /v1/tags, /v1/links, /v1/post and
// /v1/extract, and a problem+json error. main calls them against the
// server whose address is its argument and prints what came back.
const clientTS = `import type { paths, components } from "./api";

type Body<P extends keyof paths, M extends "post"> =
  paths[P][M] extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;
type OK<P extends keyof paths, M extends "post" | "get"> =
  paths[P][M] extends { responses: { 200: { content: { "application/json": infer R } } } } ? R : never;
type Problem = components["schemas"]["Problem"];

async function call<P extends keyof paths>(base: string, path: P, body: Body<P, "post">): Promise<OK<P, "post">> {
  const res = await fetch(base + path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    const p = (await res.json()) as Problem;
    throw new Error(p.status + " " + p.detail);
  }
  return (await res.json()) as OK<P, "post">;
}

async function main(base: string): Promise<void> {
  const tags = await call(base, "/v1/tags", { headline: "Storm Ciarán hits Brittany", options: { style: "phrases", max: 3 } });
  const first = tags.tags[0];
  const [cpStart, cpEnd] = first.indices;
  const [byteStart, byteEnd] = first.bytes;
  console.log("tags", tags.line, cpStart, cpEnd, byteStart, byteEnd);

  const links = await call(base, "/v1/links", { headline: "Storm hits Brittany", url: "https://news.example.com/a", networks: ["x", "facebook"] });
  console.log("links", links.links.map((l) => l.network).join(","));

  const post = await call(base, "/v1/post", { headline: "Storm hits Brittany", url: "https://news.example.com/a", network: "x" });
  const over: boolean = post.over;
  console.log("post", post.length, post.limit, over, post.entities?.hashtags.length ?? 0);

  const found = await call(base, "/v1/extract", { text: "Rain over #Brittany" });
  console.log("extract", found.hashtags.map((h) => h.text + "@" + h.indices.join("-")).join(","));

  try {
    await call(base, "/v1/links", { headline: "x", url: "javascript:alert(1)" });
    console.log("problem none");
  } catch (e) {
    console.log("problem", (e as Error).message.split(" ")[0]);
  }
}

main(process.argv[2]).catch((e) => {
  console.error(e);
  process.exit(1);
});
`

// TestOpenAPITypeScriptClient generates types with openapi-typescript,
// compiles a client with tsc --strict, and runs it against the server.
func TestOpenAPITypeScriptClient(t *testing.T) {
	gen := nodeTool(t, "openapi-typescript")
	tsc := nodeTool(t, "tsc")
	dir := t.TempDir()
	doc, err := filepath.Abs("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	// Fields with a default (options.style) stay optional in requests:
	// openapi-typescript 7 would otherwise make them required.
	runTool(t, dir, gen, doc, "--default-non-nullable=false", "--output", filepath.Join(dir, "api.d.ts"))
	files := map[string]string{
		"client.ts":    clientTS,
		"package.json": `{"type": "module"}`,
		// node's globals (fetch, process, console) without @types/node.
		"node.d.ts": `declare const process: { argv: string[]; exit(code: number): never };`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runTool(t, dir, tsc, "--strict", "--target", "es2022", "--module", "es2022", "--moduleResolution", "bundler",
		"--lib", "es2022,dom", "--outDir", "out", "client.ts", "node.d.ts")

	srv := httptest.NewServer(New(Config{}))
	defer srv.Close()
	out := runTool(t, dir, "node", filepath.Join("out", "client.js"), srv.URL)
	for _, want := range []string{
		"tags #StormCiarán #Brittany 0 12 0 13\n",
		"links x,facebook\n",
		"extract Brittany@10-19\n",
		"problem 400\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the TypeScript client printed\n%s\nwant a line %q", out, want)
		}
	}
	if !strings.Contains(out, "post ") || strings.Contains(out, "post 0 ") {
		t.Errorf("the TypeScript client printed\n%s\nwant the post's length", out)
	}
}
