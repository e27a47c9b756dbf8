// Package examples holds the complete example reports in the report's JSON
// form (baocao/report@1): for each built-in outline one dated 2023, before
// the 2025 reform (state.json, party.json: a ward under a thị xã, a thành
// ủy), and one dated 2026, after it (state2026.json: a xã merged on
// 1/7/2025, under its province; party2026.json: a đảng ủy xã dated after
// Hướng dẫn 05-HD/VPTW of 27/5/2026); cchc.json answers the quarterly
// administrative-reform outline (cchc-quy) with its biểu and two Phụ lục,
// one a list long enough to run over pages. The units are fictional; every report
// passes `baocao check` with no problem; the writers' tests render them and
// the README points new users to them.
package examples

import (
	"embed"

	"github.com/baocao/baocao/model"
)

//go:embed *.json
var files embed.FS

// Report reads an example report by its file name without ".json"
// ("state", "party", "state2026", "party2026", "cchc").
func Report(id string) (model.Report, error) {
	data, err := files.ReadFile(id + ".json")
	if err != nil {
		return model.Report{}, err
	}
	return model.UnmarshalReport(data)
}
