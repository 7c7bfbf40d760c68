package server

import (
	"net/http"

	"github.com/sharekit/sharekit/share/card"
)

// route is one method on one path. Req and Resp are the JSON bodies (nil
// when there is none): openapi_test.go compares them with openapi.json.
type route struct {
	Method, Path string
	Req, Resp    any
	handle       func(s *server, w http.ResponseWriter, r *http.Request)
}

// routeTable lists everything the server answers. The OpenAPI document
// describes exactly these; a test keeps the two in step.
func routeTable() []*route {
	return []*route{
		{Method: http.MethodPost, Path: "/v1/tags", Req: TagsRequest{}, Resp: TagsResponse{}, handle: (*server).handleTags},
		{Method: http.MethodPost, Path: "/v1/links", Req: LinksRequest{}, Resp: LinksResponse{}, handle: (*server).handleLinks},
		{Method: http.MethodPost, Path: "/v1/post", Req: PostRequest{}, Resp: PostResponse{}, handle: (*server).handlePost},
		{Method: http.MethodPost, Path: "/v1/extract", Req: ExtractRequest{}, Resp: ExtractResponse{}, handle: (*server).handleExtract},
		{Method: http.MethodGet, Path: "/v1/networks", Resp: NetworksResponse{}, handle: (*server).handleNetworks},
		{Method: http.MethodPost, Path: "/v1/batch", handle: (*server).handleBatch},
		{Method: http.MethodGet, Path: "/healthz", Resp: HealthResponse{}, handle: (*server).handleHealth},
		{Method: http.MethodGet, Path: "/readyz", Resp: ReadyResponse{}, handle: (*server).handleReady},
		{Method: http.MethodGet, Path: "/openapi.json", handle: staticFile("openapi.json")},
		{Method: http.MethodGet, Path: "/", handle: staticFile("web/index.html")},
		{Method: http.MethodGet, Path: "/app.js", handle: staticFile("web/app.js")},
		{Method: http.MethodGet, Path: "/app.css", handle: staticFile("web/app.css")},
		{Method: http.MethodPost, Path: "/v1/bar", Req: BarRequest{}, Resp: BarResponse{}, handle: (*server).handleBar},
		{Method: http.MethodPost, Path: "/v1/card", Req: CardRequest{}, Resp: card.Report{}, handle: (*server).handleCard},
		{Method: http.MethodGet, Path: "/bar.css", handle: handleBarCSS},
	}
}
