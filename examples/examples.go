// Package examples holds the complete example reports, one per built-in
// outline (state.json, party.json), in the report's JSON form
// (baocao/report@1). They are written for a fictional ward and party
// committee and pass `baocao check` with no problem; the writers' tests
// render them and the README points new users to them.
package examples

import (
	"embed"

	"github.com/baocao/baocao/model"
)

//go:embed *.json
var files embed.FS

// Report reads the example report of an outline ID ("state", "party").
func Report(id string) (model.Report, error) {
	data, err := files.ReadFile(id + ".json")
	if err != nil {
		return model.Report{}, err
	}
	return model.UnmarshalReport(data)
}
