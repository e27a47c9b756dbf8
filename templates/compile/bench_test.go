package compile

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// writeSample writes n generated unit reports as JSON files into dir and
// returns the expected-units list (every tenth unit left out of the files,
// so that some are missing).
func writeSample(t testing.TB, fx fixture, dir string, n int) []string {
	var expected []string
	for i, r := range fx.genMany(n, 2026) {
		expected = append(expected, unitLabel(Input{Report: r}))
		if i%10 == 9 {
			continue
		}
		writeJSON(t, filepath.Join(dir, fmt.Sprintf("don-vi-%04d.json", i)), r)
	}
	return expected
}

// TestWriteSample writes a sample for trying "baocao compile" by hand and
// measuring it (see README): BAOCAO_SAMPLE_DIR=DIR [BAOCAO_SAMPLE_N=1000]
// go test ./templates/compile -run TestWriteSample. DIR gets the reports
// and expected.txt. Without BAOCAO_SAMPLE_DIR it writes to a temporary
// folder. Either way the sample must compile with every unit found.
func TestWriteSample(t *testing.T) {
	dir := os.Getenv("BAOCAO_SAMPLE_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	n := 40
	if s := os.Getenv("BAOCAO_SAMPLE_N"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatal(err)
		}
	}
	fx := newFixture(t)
	expected := writeSample(t, fx, filepath.Join(dir, "bao-cao"), n)
	list := ""
	for _, e := range expected {
		list += e + "\n"
	}
	if err := os.WriteFile(filepath.Join(dir, "expected.txt"), []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	inputs, skipped := Load([]string{filepath.Join(dir, "bao-cao")}, LoadOptions{})
	res, err := Compile(inputs, skipped, Options{Outlines: fx.set, Rules: fx.rules, Expected: expected})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Units) != n-n/10 || len(res.Missing) != n/10 || len(skipped) != 0 {
		t.Errorf("%d units, %d missing, %d skipped; want %d, %d, 0", len(res.Units), len(res.Missing), len(skipped), n-n/10, n/10)
	}
}

// BenchmarkCompile1000 reads 1,000 generated unit reports from files,
// compiles them and writes the workbook: the whole of "baocao compile"
// except storing the draft.
func BenchmarkCompile1000(b *testing.B) {
	fx := newFixture(b)
	dir := b.TempDir()
	var expected []string
	for i, r := range fx.genMany(1000, 2026) {
		expected = append(expected, unitLabel(Input{Report: r}))
		writeJSON(b, filepath.Join(dir, fmt.Sprintf("don-vi-%04d.json", i)), r)
	}
	b.ReportAllocs()
	for b.Loop() {
		inputs, skipped := Load([]string{dir}, LoadOptions{})
		res, err := Compile(inputs, skipped, Options{Outlines: fx.set, Rules: fx.rules, Expected: expected})
		if err != nil || len(res.Units) != 1000 {
			b.Fatal(err)
		}
		if err := WriteWorkbook(res, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
