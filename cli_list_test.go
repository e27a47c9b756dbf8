package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/NAME.golden (go test -update writes it).
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s; run go test -update if the change is meant:\n%s", name, path, got)
	}
}

// inZone sets time.Local for the test, so that printed times do not
// depend on the machine's zone.
func inZone(t *testing.T, zone *time.Location) {
	old := time.Local
	time.Local = zone
	t.Cleanup(func() { time.Local = old })
}

// TestListRowsGolden pins the drafts list's lines byte for byte, for a
// pipe and for terminals of several widths: columns padded or cut with
// "…", titles cut to the width (wide characters two cells, marks none),
// untitled drafts, large counts.
func TestListRowsGolden(t *testing.T) {
	inZone(t, time.FixedZone("ICT", 7*3600))
	at := time.Date(2026, 12, 7, 16, 5, 0, 0, time.UTC)
	rows := []store.Meta{
		{ID: "1", Summary: store.Summary{Title: "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026",
			Unit: "UBND xã Hòa Bình", Outline: "state", Done: 3, Required: 12, Warnings: 2}, Modified: at},
		{ID: "12345678", Summary: store.Summary{Outline: "party-long-outline", Done: 100, Required: 1000,
			Errors: 12345, Warnings: 123456}, Modified: at.Add(-400 * 24 * time.Hour)},
		{ID: "7", Summary: store.Summary{Title: "中文标题很长的报告名称用于测试宽字符", Unit: "Đảng ủy xã",
			Outline: "party"}, Modified: at.Add(time.Minute)},
		{ID: "42", Summary: store.Summary{Title: "Tie\u0302\u0301n đo\u0323 công việc quý IV", Outline: "state",
			Done: 1, Required: 1}, Modified: at.In(time.FixedZone("", -5*3600))},
		{ID: "9", Summary: store.Summary{Title: "x", Unit: "Ủy ban nhân dân phường An Thịnh, thị xã Phú Lâm"},
			Modified: at.Add(-time.Hour)},
	}
	var out strings.Builder
	for _, width := range []int{0, 20, 40, 71, 72, 80, 120} {
		for _, lang := range []Lang{LangVI, LangEN} {
			var buf bytes.Buffer
			m := &Main{Stdout: &buf, lang: lang}
			p := m.listPrinter(width)
			for _, d := range rows {
				p.print(d)
			}
			fmt.Fprintf(&out, "--- width %d, %s\n%s", width, lang.T("vi", "en"), buf.String())
		}
	}
	golden(t, "list-rows", out.String())
}

// TestListGolden pins "baocao list" into a pipe on a store of 30
// imported drafts, newest first.
func TestListGolden(t *testing.T) {
	inZone(t, time.FixedZone("ICT", 7*3600))
	env := map[string]string{"BAOCAO_DB": listStore(t, 30)}
	r := run(t, env, "list")
	r.want(t, 0, nil, nil)
	golden(t, "list", r.stdout)
}
