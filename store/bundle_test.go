package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
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
	return fmt.Sprintf("added %d, updated %d, unchanged %d, older %d, conflicts %d",
		len(r.Added), len(r.Updated), len(r.Unchanged), len(r.Older), len(r.Conflicts))
}

// testSummary is the summary the tests' stores compute for a report, as
// the program's summarizer does from the outline.
func testSummary(r model.Report) Summary {
	return Summary{Title: r.Unit.Name + " số " + r.Doc.Number, Unit: r.Unit.Issuer, Outline: r.Outline,
		Done: len(r.Answers), Required: 9}
}

// pair opens two stores, as on two PCs, with their own clocks and the
// test summarizer.
func pair(t *testing.T) (a, b *Store, ca, cb *clock) {
	ca, cb = newClock(), newClock()
	a, _ = newStore(t, WithClock(ca.now), WithSummarizer(testSummary))
	b, _ = newStore(t, WithClock(cb.now), WithSummarizer(testSummary))
	return a, b, ca, cb
}

func add(t *testing.T, s *Store, r model.Report) Meta {
	t.Helper()
	return mustCreate(t, s, r, testSummary(r))
}

func TestBundleRoundTrip(t *testing.T) {
	a, b, ca, _ := pair(t)
	add(t, a, sampleReport("Tân Hòa", 1))
	two := add(t, a, sampleReport("Đông Sơn", 2))
	gone := add(t, a, sampleReport("Ân Phú", 3))
	if err := a.Delete(gone.ID); err != nil {
		t.Fatal(err)
	}
	add(t, b, sampleReport("Khác", 9))
	bundle := export(t, a)
	if !bytes.Contains(bundle, []byte(`"format": "baocao/bundle@2"`)) || bytes.Contains(bundle, []byte("Ân Phú")) ||
		!bytes.Contains(bundle, []byte(`"clock": {`)) {
		t.Fatalf("bundle:\n%s", bundle)
	}
	res := importBundle(t, b, bundle)
	if got := counts(res); got != "added 2, updated 0, unchanged 0, older 0, conflicts 0" {
		t.Fatalf("first import: %s", got)
	}
	assertSame(t, a, b)
	if got := counts(importBundle(t, b, bundle)); got != "added 0, updated 0, unchanged 2, older 0, conflicts 0" {
		t.Fatalf("import again: %s", got)
	}

	// A edits draft two: the bundle is a later edit of B's copy, so the
	// import updates it, even with A's clock an hour behind B's.
	ca.add(-time.Hour)
	saveAs(t, a, two.ID, sampleReport("Đông Sơn", 10))
	res = importBundle(t, b, export(t, a))
	if got := counts(res); got != "added 0, updated 1, unchanged 1, older 0, conflicts 0" {
		t.Fatalf("import of a later edit: %s", got)
	}
	assertSame(t, a, b)
	bTwo := res.Updated[0].ID
	if revs, _ := b.Revisions(bTwo); len(revs) != 2 {
		t.Errorf("the replaced content must stay among revisions: %d revisions", len(revs))
	}

	// B edits it again; A's bundle from before is older: left alone.
	old := export(t, a)
	saveAs(t, b, bTwo, sampleReport("Đông Sơn", 20))
	res = importBundle(t, b, old)
	if got := counts(res); got != "added 0, updated 0, unchanged 1, older 1, conflicts 0" {
		t.Fatalf("import of an earlier version: %s", got)
	}
	wantReport(t, b, bTwo, sampleReport("Đông Sơn", 20))
}

func wantReport(t *testing.T, s *Store, id string, r model.Report) {
	t.Helper()
	d, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	if marshal(t, d.Report) != marshal(t, r) {
		t.Fatalf("draft %s holds %q, want %q", id, d.Report.Doc.Number, r.Doc.Number)
	}
}

// TestBundleEditedOnBoth: a draft edited on both PCs is never replaced,
// whatever the times say: the bundle's version is kept as a conflict
// copy, reported, found again by a later import, and updated by a later
// edit of it.
func TestBundleEditedOnBoth(t *testing.T) {
	a, b, ca, cb := pair(t)
	one := add(t, a, sampleReport("Tân Hòa", 1))
	bOne := importBundle(t, b, export(t, a)).Added[0].ID
	saveAs(t, b, bOne, sampleReport("Tân Hòa", 2))
	ca.add(48 * time.Hour) // A's edit is later by the clock: it must not matter
	saveAs(t, a, one.ID, sampleReport("Tân Hòa", 3))
	res := importBundle(t, b, export(t, a))
	if got := counts(res); got != "added 0, updated 0, unchanged 0, older 0, conflicts 1" {
		t.Fatalf("import of a draft edited on both: %s", got)
	}
	c := res.Conflicts[0]
	if c.Local.ID != bOne || !c.Copy.Conflict || !strings.HasSuffix(c.Copy.Title, conflictMark) {
		t.Fatalf("conflict %+v: want local %s and a copy marked as a conflict", c, bOne)
	}
	wantReport(t, b, bOne, sampleReport("Tân Hòa", 2))
	wantReport(t, b, c.Copy.ID, sampleReport("Tân Hòa", 3))
	if got := counts(importBundle(t, b, export(t, a))); got != "added 0, updated 0, unchanged 1, older 0, conflicts 0" {
		t.Fatalf("import of the same bundle again: %s", got)
	}
	saveAs(t, a, one.ID, sampleReport("Tân Hòa", 4))
	res = importBundle(t, b, export(t, a))
	if got := counts(res); got != "added 0, updated 1, unchanged 0, older 0, conflicts 0" || res.Updated[0].ID != c.Copy.ID {
		t.Fatalf("import of a later edit of the conflicting draft: %s, want copy %s updated", got, c.Copy.ID)
	}
	wantReport(t, b, c.Copy.ID, sampleReport("Tân Hòa", 4))
	wantReport(t, b, bOne, sampleReport("Tân Hòa", 2))

	// Back on A: B's edit and A's meet again as a conflict there too.
	cb.add(time.Minute)
	res = importBundle(t, a, export(t, b))
	if len(res.Conflicts) != 1 || res.Conflicts[0].Local.ID != one.ID {
		t.Fatalf("import on A: %s", counts(res))
	}
}

// TestBundleFutureTime: a bundle from a PC whose clock runs a year ahead
// neither wins by its time nor brings times after now.
func TestBundleFutureTime(t *testing.T) {
	a, b, ca, cb := pair(t)
	one := add(t, a, sampleReport("Tân Hòa", 1))
	bOne := importBundle(t, b, export(t, a)).Added[0].ID
	ca.add(365 * 24 * time.Hour)
	stale := export(t, a) // the same version, stamped a year ahead
	saveAs(t, b, bOne, sampleReport("Tân Hòa", 2))
	if got := counts(importBundle(t, b, stale)); got != "added 0, updated 0, unchanged 0, older 1, conflicts 0" {
		t.Fatalf("import of an earlier version with a future time: %s", got)
	}
	wantReport(t, b, bOne, sampleReport("Tân Hòa", 2))
	saveAs(t, a, one.ID, sampleReport("Tân Hòa", 3))
	res := importBundle(t, b, export(t, a))
	if len(res.Conflicts) != 1 {
		t.Fatalf("import of a draft edited on both, with a future time: %s", counts(res))
	}
	add(t, a, sampleReport("Đông Sơn", 1))
	res = importBundle(t, b, export(t, a))
	if len(res.Added) != 1 || !res.Added[0].Modified.Equal(cb.now()) || !res.Added[0].Created.Equal(cb.now()) {
		t.Fatalf("a draft stamped a year ahead was added with times %v, %v; want now (%v)",
			res.Added, counts(res), cb.now())
	}
}

// TestBundleSummaryRecomputed: the list summary of an imported draft comes
// from its report, whatever the bundle says.
func TestBundleSummaryRecomputed(t *testing.T) {
	a, b, _, _ := pair(t)
	add(t, a, sampleReport("Tân Hòa", 1))
	data := bytes.Replace(export(t, a), []byte(`"title": "Tân Hòa số 1"`), []byte(`"title": "Giả mạo"`), 1)
	data = bytes.Replace(data, []byte(`"errors": 0`), []byte(`"errors": -5`), 1)
	if !bytes.Contains(data, []byte("Giả mạo")) {
		t.Fatal("test bundle not altered")
	}
	res := importBundle(t, b, data)
	if got, want := res.Added[0].Summary, testSummary(sampleReport("Tân Hòa", 1)); got != want {
		t.Fatalf("imported summary %+v, want %+v (from the report)", got, want)
	}
}

// TestBundleV1: a bundle of an earlier build (no lineage) is read; a draft
// that differs is kept as a conflict copy, not judged by its time.
func TestBundleV1(t *testing.T) {
	a, b, _, _ := pair(t)
	one := add(t, a, sampleReport("Tân Hòa", 1))
	v1 := func() []byte {
		var m map[string]any
		if err := json.Unmarshal(export(t, a), &m); err != nil {
			t.Fatal(err)
		}
		m["format"] = BundleFormatV1
		for _, d := range m["drafts"].([]any) {
			delete(d.(map[string]any), "clock")
			delete(d.(map[string]any), "root")
			d.(map[string]any)["modified"] = "2099-01-01T00:00:00Z"
		}
		data, _ := json.Marshal(m)
		return data
	}
	bOne := importBundle(t, b, v1()).Added[0].ID
	saveAs(t, b, bOne, sampleReport("Tân Hòa", 2))
	if got := counts(importBundle(t, b, v1())); got != "added 0, updated 0, unchanged 0, older 1, conflicts 0" {
		t.Fatalf("v1 bundle of the version B's edit started from: %s", got)
	}
	saveAs(t, a, one.ID, sampleReport("Tân Hòa", 3))
	if got := counts(importBundle(t, b, v1())); got != "added 0, updated 0, unchanged 0, older 0, conflicts 1" {
		t.Fatalf("v1 bundle of a draft edited on both: %s", got)
	}
	wantReport(t, b, bOne, sampleReport("Tân Hòa", 2))
}

// TestBundleKeysAndBOM: a byte-order mark is accepted; a duplicate key,
// in the bundle or in a report inside it, is an error naming it.
func TestBundleKeysAndBOM(t *testing.T) {
	a, b, _, _ := pair(t)
	add(t, a, sampleReport("Tân Hòa", 1))
	data := export(t, a)
	if res := importBundle(t, b, append([]byte("\xEF\xBB\xBF"), data...)); len(res.Added) != 1 {
		t.Fatalf("bundle with a BOM: %s", counts(res))
	}
	for _, tt := range []struct{ old, new, key string }{
		{`"format": "baocao/bundle@2",`, `"format": "baocao/bundle@2", "format": "baocao/bundle@2",`, `"format"`},
		{`"outline": "state",`, `"outline": "state", "outline": "party",`, `"outline"`},
		{`"name": "Tân Hòa",`, `"name": "Tân Hòa", "name": "Giả",`, `"name"`},
	} {
		bad := bytes.Replace(data, []byte(tt.old), []byte(tt.new), 1)
		_, err := b.ImportBundle(bytes.NewReader(bad))
		if !errors.Is(err, ErrBadBundle) || !strings.Contains(err.Error(), tt.key) {
			t.Errorf("duplicate %s: ImportBundle = %v, want ErrBadBundle naming it", tt.key, err)
		}
	}
}

func saveAs(t *testing.T, s *Store, id string, r model.Report) {
	t.Helper()
	d, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	d.Report = r
	d.Summary = testSummary(r)
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
	if lb, _ := b.List(); len(lb) < len(la) {
		t.Fatalf("b has %d drafts, a %d", len(lb), len(la))
	}
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
	r.Doc.Subject = "Tiêu đề\u0007"
	mustCreate(t, a, r, Summary{})
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
		{"newer format", strings.Replace(good, BundleFormat, "baocao/bundle@3", 1)},
		{"a report, not a bundle", string(report)},
		{"unknown field", strings.Replace(good, `"drafts"`, `"extra": 1, "drafts"`, 1)},
		{"trailing data", good + "{}"},
		{"bad report", strings.Replace(good, `"baocao/report@1"`, `"baocao/report@9"`, 1)},
		{"report not an object", `{"format":"baocao/bundle@1","drafts":[{"report":5}]}`},
		{"drafts not a list", `{"format":"baocao/bundle@1","drafts":{}}`},
		{"cut short", good[:len(good)/2]},
		{"clock count that would wrap", regexp.MustCompile(`("clock": \{\s*"[0-9a-f]+": )\d+`).ReplaceAllString(good, "${1}18446744073709551615")},
		{"one draft twice", strings.Replace(good, `"drafts": [`, `"drafts": [`+draftOf(t, good)+`,`, 1)},
		{"version past the bound", strings.Replace(good, `"version": 1`, `"version": 1099511627777`, 1)},
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
	f.Add([]byte("\xEF\xBB\xBF{\"format\":\"baocao/bundle@2\",\"drafts\":[{\"uid\":\"00112233445566778899aabbccddeeff\"," +
		"\"clock\":{\"00112233445566778899aabbccddeeff\":2},\"modified\":\"2999-01-01T00:00:00Z\"," +
		"\"report\":{\"format\":\"baocao/report@1\",\"answers\":{\"a\":{},\"a\\u0007\":{}}}}]}"))
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

// draftOf returns the first draft of a bundle, as JSON.
func draftOf(t *testing.T, bundle string) string {
	t.Helper()
	var b struct{ Drafts []json.RawMessage }
	if err := json.Unmarshal([]byte(bundle), &b); err != nil || len(b.Drafts) == 0 {
		t.Fatalf("bundle without drafts: %v", err)
	}
	return string(b.Drafts[0])
}
