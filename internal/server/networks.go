package server

import (
	"errors"
	"fmt"

	"github.com/sharekit/sharekit/share"
)

// selectNetworks chooses a request's networks by share.Select's rule (the
// names given, each once; every network the request has the inputs for
// with all; share.DefaultNetworks with neither) and maps its errors to a
// 400 naming the field: "networks[i]" for an unknown name of a JSON list
// (indexed), "networks" for one of a query's comma-separated list.
func selectNetworks(names []string, all bool, instance string, indexed bool) ([]string, *Problem) {
	networks, err := share.Select(names, all, instance)
	var ue *share.UnknownNetworkError
	var ie *share.InstanceRequiredError
	switch {
	case err == nil:
		return networks, nil
	case errors.As(err, &ue):
		field := "networks"
		if indexed {
			field = fmt.Sprintf("networks[%d]", ue.Index)
		}
		return nil, fieldProblem(field, fmt.Sprintf("unknown network %q; GET /v1/networks lists them", ue.Name))
	case errors.As(err, &ie):
		return nil, fieldProblem("instance", fmt.Sprintf("network %q needs instance, the host of the user's server (e.g. mastodon.social)", ie.Network))
	case errors.Is(err, share.ErrAllWithNames):
		return nil, fieldProblem("all", "all and networks exclude each other: name the networks or ask for all")
	case errors.Is(err, share.ErrNoNetworkNamed):
		return nil, fieldProblem("networks", "no network named; GET /v1/networks lists them")
	}
	return nil, fieldProblem("networks", err.Error())
}
