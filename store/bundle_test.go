package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/model"
)

func export(t testing.TB, s *Store) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := s.ExportBundle(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func importBundle(t testing.TB, s *Store, data []byte) ImportResult {
	t.Helper()
	res, err := s.ImportBundle(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func counts(r ImportResult) string {
	return fmt.Sprintf("added %d, updated %d, unchanged %d, conflicts %d",
		len(r.Added), len(r.Updated), len(r.Unchanged), len(r.Conflicts))
}

func TestBundleRoundTrip(t *testing.T) {
	ca, cb := newClock(), newClock()
	a, _ := newStore(t, WithClock(ca.now))
	b, _ := newStore(t, WithClock(cb.now))
	one := mustCreate(t, a, sampleReport("Tân Hòa", 1), sampleSummary("Quý I"))
	mustCreate(t, a, sampleReport("Đông Sơn", 2), sampleSummary("Quý II"))
	gone := mustCreate(t, a, sampleReport("Ân Phú", 3), sampleSummary("Đã xóa"))
	if err := a.Delete(gone.ID); err != nil {
		t.Fatal(err)
	}
	mustCreate(t, b, sampleReport("Khác", 9), sampleSummary("Bản riêng của máy B"))
	bundle := export(t, a)
	if !bytes.Contains(bundle, []byte(`"format": "baocao/bundle@1"`)) || bytes.Contains(bundle, []byte("Đã xóa")) {
		t.Fatalf("bundle:\n%s", bundle)
	}
	if got := counts(importBundle(t, b, bundle)); got != "added 2, updated 0, unchanged 0, conflicts 0" {
		t.Fatalf("first import: %s", got)
	}
	assertSame(t, a, b)
	if got := counts(importBundle(t, b, bundle)); got != "added 0, updated 0, unchanged 2, conflicts 0" {
		t.Fatalf("import again: %s", got)
	}

	// A edits draft one later: the import updates B's copy.
	ca.add(time.Hour)
	saveAs(t, a, one.ID, sampleReport("Tân Hòa", 10))
	res := importBundle(t, b, export(t, a))
	if got := counts(res); got != "added 0, updated 1, unchanged 1, conflicts 0" {
		t.Fatalf("import of a newer version: %s", got)
	}
	assertSame(t, a, b)
	if revs, _ := b.Revisions(res.Updated[0].ID); len(revs) != 2 {
		t.Errorf("the replaced content must stay among revisions: %d revisions", len(revs))
	}

	// B edits draft two later than A's bundle: the import keeps both.
	old := export(t, a)
	cb.add(2 * time.Hour)
	bID := findTitle(t, b, "Quý II")
	saveAs(t, b, bID, sampleReport("Đông Sơn", 20))
	res = importBundle(t, b, old)
	if got := counts(res); got != "added 0, updated 0, unchanged 1, conflicts 1" {
		t.Fatalf("import of an older version: %s", got)
	}
	if d, _ := b.Get(bID); marshal(t, d.Report) != marshal(t, sampleReport("Đông Sơn", 20)) {
		t.Fatal("the import overwrote a newer local draft")
	}
	if d, _ := b.Get(res.Conflicts[0].Copy.ID); marshal(t, d.Report) != marshal(t, sampleReport("Đông Sơn", 2)) {
		t.Fatal("the conflicting bundle draft was not kept as a copy")
	}

	// A draft B moved to the trash comes back as a new draft; the
	// trashed one stays in the trash.
	if err := b.Delete(findTitle(t, b, "Quý I")); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "gói.json")
	if err := a.ExportBundleFile(file); err != nil {
		t.Fatal(err)
	}
	res, err := b.ImportBundleFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if got := counts(res); got != "added 1, updated 0, unchanged 1, conflicts 0" {
		t.Fatalf("import with a trashed match and an earlier conflict copy: %s", got)
	}
	if trash, _ := b.Trash(); len(trash) != 1 {
		t.Fatalf("trash holds %d drafts, want 1", len(trash))
	}
}

func saveAs(t *testing.T, s *Store, id string, r model.Report) {
	t.Helper()
	d, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	d.Report = r
	if _, err := s.Save(d); err != nil {
		t.Fatal(err)
	}
}

func findTitle(t *testing.T, s *Store, title string) string {
	t.Helper()
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range list {
		if m.Title == title {
			return m.ID
		}
	}
	t.Fatalf("no draft titled %q", title)
	return ""
}

// assertSame checks that every live draft of a is in b with the same
// summary, times and report.
func assertSame(t *testing.T, a, b *Store) {
	t.Helper()
	la, _ := a.List()
	for _, m := range la {
		da, err := a.Get(m.ID)
		if err != nil {
			t.Fatal(err)
		}
		db, err := b.Get(findTitle(t, b, m.Title))
		if err != nil {
			t.Fatal(err)
		}
		if marshal(t, da.Report) != marshal(t, db.Report) || da.Summary != db.Summary ||
			!da.Modified.Equal(db.Modified) || !da.Created.Equal(db.Created) {
			t.Errorf("draft %q differs after import: %+v vs %+v", m.Title, da.Meta, db.Meta)
		}
	}
}

func TestImportCleansText(t *testing.T) {
	a, _ := newStore(t)
	r := sampleReport("Tân Hòa", 1)
	r.Closing = "Trân trọng\u001b[31m báo cáo.\r\n"
	r.Unit.Name = "Ta\u0300n Ho\u0300a" // decomposed: NFC makes it "Tàn Hòa"
	mustCreate(t, a, r, Summary{Title: "Tiêu đề\u0007"})
	data := bytes.ReplaceAll(export(t, a), []byte(`\\u`), []byte(`\u`))
	b, _ := newStore(t)
	res := importBundle(t, b, data)
	d, err := b.Get(res.Added[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Report.Closing != "Trân trọng báo cáo.\n" || d.Report.Unit.Name != "Tàn Hòa" || d.Title != "Tiêu đề" {
		t.Fatalf("import did not clean text: %q %q %q", d.Report.Closing, d.Report.Unit.Name, d.Title)
	}
}

func TestImportBad(t *testing.T) {
	a, _ := newStore(t)
	mustCreate(t, a, sampleReport("A", 1), sampleSummary("A"))
	good := string(export(t, a))
	report, _ := model.MarshalReport(sampleReport("A", 1))
	tests := []struct {
		name, data string
	}{
		{"empty", ""},
		{"not JSON", "Báo cáo"},
		{"no format", `{"drafts": []}`},
		{"newer format", strings.Replace(good, BundleFormat, "baocao/bundle@2", 1)},
		{"a report, not a bundle", string(report)},
		{"unknown field", strings.Replace(good, `"drafts"`, `"extra": 1, "drafts"`, 1)},
		{"trailing data", good + "{}"},
		{"bad report", strings.Replace(good, `"baocao/report@1"`, `"baocao/report@9"`, 1)},
		{"report not an object", `{"format":"baocao/bundle@1","drafts":[{"report":5}]}`},
		{"drafts not a list", `{"format":"baocao/bundle@1","drafts":{}}`},
		{"cut short", good[:len(good)/2]},
	}
	b, _ := newStore(t)
	mustCreate(t, b, sampleReport("B", 1), sampleSummary("B"))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := b.ImportBundle(strings.NewReader(tt.data))
			if !errors.Is(err, ErrBadBundle) {
				t.Fatalf("ImportBundle = %v, want ErrBadBundle", err)
			}
			t.Log(Message(err))
			if list, _ := b.List(); len(list) != 1 {
				t.Fatalf("a bad bundle imported %d drafts", len(list)-1)
			}
		})
	}
}

func TestImportAllOrNothing(t *testing.T) {
	a, _ := newStore(t)
	for i := range 3 {
		mustCreate(t, a, sampleReport("A", i), sampleSummary(fmt.Sprint(i)))
	}
	var b map[string]any
	if err := json.Unmarshal(export(t, a), &b); err != nil {
		t.Fatal(err)
	}
	drafts := b["drafts"].([]any)
	drafts[2].(map[string]any)["report"].(map[string]any)["unit"] = "không phải đối tượng"
	data, _ := json.Marshal(b)
	s, _ := newStore(t)
	if _, err := s.ImportBundle(bytes.NewReader(data)); !errors.Is(err, ErrBadBundle) || !strings.Contains(err.Error(), "thứ 3") {
		t.Fatalf("ImportBundle = %v, want ErrBadBundle naming draft 3", err)
	}
	if list, _ := s.List(); len(list) != 0 {
		t.Fatalf("%d drafts imported from a bundle with a bad draft", len(list))
	}
}

// FuzzImportBundle: whatever the input, ImportBundle either refuses it
// with ErrBadBundle or imports drafts that Get can read back.
func FuzzImportBundle(f *testing.F) {
	src, _ := newStore(f)
	mustCreate(f, src, sampleReport("Tân Hòa", 1), sampleSummary("Quý I"))
	f.Add(export(f, src))
	f.Add([]byte(`{"format":"baocao/bundle@1","exported":"2026-01-01T00:00:00Z","drafts":[]}`))
	s, _ := newStore(f, WithBackups(0))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := s.ImportBundle(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrBadBundle) {
				t.Fatalf("ImportBundle = %v, want ErrBadBundle", err)
			}
			return
		}
		for _, m := range append(res.Added, res.Updated...) {
			if _, err := s.Get(m.ID); err != nil {
				t.Fatalf("imported draft %s unreadable: %v", m.ID, err)
			}
		}
	})
}
