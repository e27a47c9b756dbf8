package export_test

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"

	"github.com/baocao/baocao/templates/export"
	fixtures "github.com/baocao/baocao/templates/internal/fixture"
)

// TestRenderTwoSided checks that the two-sided option reaches the DOCX as
// mirrored margins for a form that has back margins, and only then.
func TestRenderTwoSided(t *testing.T) {
	for _, tt := range []struct {
		id   string
		two  bool
		want bool
	}{
		{"party", false, false},
		{"party", true, true},
		{"state", true, false}, // NĐ 30/2020 gives no back margins
	} {
		r, o, rules := fixtures.Example(t, tt.id)
		data, err := export.RenderWith("docx", r, o, rules, export.Options{TwoSided: tt.two})
		if err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range zr.File {
			if f.Name != "word/settings.xml" {
				continue
			}
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			got = bytes.Contains(b, []byte("<w:mirrorMargins/>"))
		}
		if got != tt.want {
			t.Errorf("%s two-sided %v: mirrored margins %v, want %v", tt.id, tt.two, got, tt.want)
		}
	}
}
