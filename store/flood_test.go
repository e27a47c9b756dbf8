package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/baocao/baocao/model"
)

// floodBundle is a bundle of n distinct drafts, modified a minute apart.
func floodBundle(t testing.TB, n int) []byte {
	t.Helper()
	b := bundle{Format: BundleFormat, Exported: time.Now().UTC()}
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		r := sampleReport(fmt.Sprintf("Xã số %d", i), i)
		r.Doc.Subject = fmt.Sprintf("Báo cáo %05d", i)
		data, err := model.MarshalReport(r)
		if err != nil {
			t.Fatal(err)
		}
		at := start.Add(time.Duration(i) * time.Minute)
		b.Drafts = append(b.Drafts, bundleDraft{UID: newUID(), Created: at, Modified: at, Version: 1, Report: data})
	}
	data, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// floodStore makes a store of n drafts (one import, one transaction) and
// returns its path, closed.
func floodStore(t testing.TB, n int) string {
	t.Helper()
	s, path := newStore(t, WithBackups(0))
	res, err := s.ImportBundle(bytes.NewReader(floodBundle(t, n)))
	if err != nil || len(res.Added) != n {
		t.Fatalf("import of %d drafts: %s, %v", n, counts(res), err)
	}
	s.Close()
	return path
}

func TestFloodListDecodesNoDraft(t *testing.T) {
	const n = 10000
	s := openTest(t, floodStore(t, n), WithBackups(0))
	before := s.decodes.Load()
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if got := s.decodes.Load() - before; got != 0 {
		t.Fatalf("List decoded %d reports, want none", got)
	}
	if len(list) != n || list[0].Title != fmt.Sprintf("Báo cáo %05d", n-1) || list[n-1].Title != "Báo cáo 00000" {
		t.Fatalf("List = %d drafts, first %q, last %q", len(list), list[0].Title, list[len(list)-1].Title)
	}
	if _, err := s.Get(list[0].ID); err != nil || s.decodes.Load()-before != 1 {
		t.Fatalf("Get must decode exactly one report: %v", err)
	}
}
