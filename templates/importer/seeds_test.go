package importer

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/templates/docread"
	"github.com/baocao/baocao/templates/internal/docxtest"
)

// seedDir finds the project's shared seeds: $BAOCAO_SEEDS, else a
// "shared/seeds" folder beside one of the checkout's parent folders.
func seedDir() string {
	if d := os.Getenv("BAOCAO_SEEDS"); d != "" {
		return d
	}
	dir, _ := filepath.Abs(".")
	for range 6 {
		if st, err := os.Stat(filepath.Join(dir, "shared", "seeds")); err == nil && st.IsDir() {
			return filepath.Join(dir, "shared", "seeds")
		}
		dir = filepath.Dir(dir)
	}
	return "shared/seeds"
}

// seedDOCX turns a seed's text into a DOCX at test time, one paragraph per
// block, "**" as bold.
func seedDOCX(t testing.TB, prefix string) docread.Document {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(seedDir(), prefix+"_*.txt"))
	if len(files) == 0 {
		t.Skipf("seed %s not found in %s", prefix, seedDir())
	}
	raw, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	doc, err := docread.Read("seed.docx", docxtest.Build(docxtest.FromText(string(raw)), docxtest.Parts{}))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func importOpts(t testing.TB) Options {
	rules, err := templates.Rules()
	if err != nil {
		t.Fatal(err)
	}
	return Options{Outlines: templates.Builtin(), Rules: rules, Name: "seed.docx"}
}

func TestSeedDebug(t *testing.T) {
	for _, p := range []string{"000", "002"} {
		res, err := ImportReport(seedDOCX(t, p), importOpts(t))
		if err != nil {
			t.Fatal(err)
		}
		data, _ := model.MarshalReport(res.Report)
		t.Logf("%s outline=%s fit=%.2f derived=%v sum=%+v\n%s", p, res.Outline.ID, res.Fit, res.Derived, res.Summary, data)
	}
}
