package compile

import (
	"bytes"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/baocao/baocao/model"
)

// sheetsText is every sheet of a workbook, cell by cell, as read back.
func sheetsText(t *testing.T, book []byte) string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b bytes.Buffer
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "== %s\n", name)
		for _, row := range rows {
			fmt.Fprintf(&b, "%q\n", row)
		}
	}
	return b.String()
}

// compiledBytes is what a compilation writes: the draft's JSON and the
// workbook's sheets.
func compiledBytes(t *testing.T, res *Result) (draft []byte, sheets string) {
	t.Helper()
	draft, err := model.MarshalReport(res.Draft)
	if err != nil {
		t.Fatal(err)
	}
	return draft, sheetsText(t, workbook(t, res))
}

// orderInputs are reports of many units, some of them twice (an older
// report dated earlier), some with a table, none tied: which report a unit
// keeps does not depend on the order they are given in.
func orderInputs(t *testing.T, fx fixture) []model.Report {
	reports := slices.Concat(fx.genMany(40, 11), fx.genOn(fx.cchc, 12, 12))
	for i := range 12 {
		u := &reports[40+i].Unit
		u.Name, u.Issuer = fmt.Sprintf("Cụm %d", i+1), fmt.Sprintf("Ủy ban nhân dân cụm %d", i+1)
	}
	for i := range 6 {
		old := reports[i*5].Clone()
		old.Doc.Date = "1/8/2023"
		reports = append(reports, old)
	}
	return reports
}

// TestCompileOrderAndWorkers compiles the same reports with different
// numbers of workers as read from files one at a time (Run), and in
// different orders as given at once (Compile): the draft and the workbook
// are the same every time.
func TestCompileOrderAndWorkers(t *testing.T) {
	fx := newFixture(t)
	reports := orderInputs(t, fx)
	opt := Options{Outlines: fx.set, Rules: fx.rules, Outline: "state", Expected: []string{"Xã Tân Lợi", "Xã Không Có"}}
	dir := t.TempDir()
	for i, r := range reports {
		writeJSON(t, filepath.Join(dir, fmt.Sprintf("%03d.json", i)), r)
	}
	wantDraft, wantSheets := compiledBytes(t, mustRun(t, dir, opt))
	procs := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(procs)
	for _, n := range []int{1, 3, 8} {
		runtime.GOMAXPROCS(n)
		draft, sheets := compiledBytes(t, mustRun(t, dir, opt))
		if !bytes.Equal(draft, wantDraft) || sheets != wantSheets {
			t.Errorf("Run with %d workers: the draft or the workbook differs from one with %d", n, procs)
		}
	}
	runtime.GOMAXPROCS(procs)
	inputs, skipped := Load([]string{dir}, LoadOptions{})
	if len(skipped) > 0 {
		t.Fatal(skipped)
	}
	unique := inputs[:52] // the older reports, written last, would be listed in the order given
	wantDraft, wantSheets = compiledBytes(t, mustCompile(t, unique, opt))
	rng := newRand(5)
	for round := range 4 {
		shuffled := slices.Clone(unique)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		draft, sheets := compiledBytes(t, mustCompile(t, shuffled, opt))
		if !bytes.Equal(draft, wantDraft) || sheets != wantSheets {
			t.Errorf("Compile of the reports in shuffled order %d: the draft or the workbook differs from the one in file order", round)
		}
	}
}

func mustCompile(t *testing.T, inputs []Input, opt Options) *Result {
	t.Helper()
	res, err := Compile(inputs, nil, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Close() })
	return res
}

func mustRun(t *testing.T, dir string, opt Options) *Result {
	t.Helper()
	res, err := Run([]string{dir}, LoadOptions{}, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Close() })
	if len(res.Superseded) != 6 || len(res.Units) != 52 {
		t.Fatalf("%d units, %d superseded; want 52, 6", len(res.Units), len(res.Superseded))
	}
	return res
}
