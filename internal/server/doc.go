// Package server is sharekit's HTTP API and editor page, as run by
// `sharekit serve`.
//
// # Routes
//
//   - POST /v1/tags, /v1/links, /v1/post, /v1/extract: JSON in, JSON out,
//     with the options of the CLI flags.
//   - GET /v1/networks lists the networks.
//   - POST /v1/batch streams JSON Lines through internal/batch, one output
//     record per input record, in order.
//   - GET /healthz (liveness), GET /readyz (readiness: 503 when a limit is
//     full), GET /openapi.json (the OpenAPI 3.1 document, kept in
//     this directory and embedded), and GET / (the editor page, embedded
//     from web/).
//
// # Rules
//
// Errors are RFC 9457 problem details ([Problem], application/problem+json)
// with the status that fits: 400 for malformed JSON, unknown fields and bad
// values (naming the field), 401 without the token, 404, 405, 413 for a
// body over [Config].MaxBody, 415 for a body that is not JSON, 421 for a
// Host not in [Config].AllowedHosts, 503 when [Config].MaxConcurrent short
// requests (or, for /v1/batch, [Config].MaxStreams streams or the
// [Config].MemoryBudget) are already taken. JSON keys match exactly.
//
// Work stops with its request: each request's context ends when the client
// goes or at the write timeout, handlers and the batch engine check it, and
// the access log marks such a request "aborted" (status 499 when nothing
// was answered). A /v1/batch body that idles or trickles is cut. Bad input never
// gets a 500; a panic in a library is recovered, logged with its stack and
// answered with a bare 500.
//
// Every response carries a strict Content-Security-Policy; the page needs
// no inline code and renders all text with textContent. CORS is off unless
// [Config].CORSOrigin names the origins allowed. With [Config].Token set,
// every /v1 route requires it as a bearer token, compared in constant time.
// Each request is logged with log/slog (method, path, status, bytes,
// duration, remote address); the token never is.
//
// # Entry points
//
// [New] returns the http.Handler (for tests and embedding); [Run] listens
// on [Config].Addr with timeouts on every phase and shuts down gracefully,
// letting in-flight requests finish, when its context is cancelled; [Serve]
// does the same on a listener.
package server
