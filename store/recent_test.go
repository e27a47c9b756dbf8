package store

import (
	"fmt"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestListPage: pages of the drafts list come newest first, with the
// total, with and without a filter, and follow saves, deletes and
// undeletes; they decode no report.
func TestListPage(t *testing.T) {
	c := newClock()
	s, _ := newStore(t, WithClock(c.now))
	createMinutely(t, s, c, 7)
	c.add(time.Minute)
	if _, err := s.Save(Draft{Meta: Meta{ID: "2", Summary: sampleSummary("Báo cáo 1 sửa")}, Report: sampleReport("A", 9)}); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete("5"); err != nil {
		t.Fatal(err)
	}
	even := func(m Meta) bool { return strings.ContainsAny(m.Title[len(m.Title)-1:], "0246") }
	decodes := s.decodes.Load()
	tests := []struct {
		name      string
		offset, n int
		match     func(Meta) bool
		want      string
		total     int
	}{
		{"first page", 0, 3, nil, "Báo cáo 1 sửa, Báo cáo 6, Báo cáo 5", 6},
		{"second page", 3, 3, nil, "Báo cáo 3, Báo cáo 2, Báo cáo 0", 6},
		{"past the end", 9, 3, nil, "", 6},
		{"filtered", 0, 2, even, "Báo cáo 6, Báo cáo 2", 3},
		{"filtered, second page", 2, 2, even, "Báo cáo 0", 3},
	}
	for _, tt := range tests {
		p, err := s.ListPage(tt.offset, tt.n, tt.match)
		if err != nil || titles(p.Items) != tt.want || p.Total != tt.total || p.Offset != tt.offset {
			t.Errorf("%s: %q total %d, %v; want %q total %d", tt.name, titles(p.Items), p.Total, err, tt.want, tt.total)
		}
	}
	if s.decodes.Load() != decodes {
		t.Error("ListPage decoded reports")
	}
	if _, err := s.Undelete("5"); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.ListPage(0, 10, nil); p.Total != 7 || len(p.Items) != 7 {
		t.Errorf("after undelete: %q total %d", titles(p.Items), p.Total)
	}
}

// createMinutely creates n drafts a minute apart, titled "Báo cáo 0" on.
func createMinutely(t *testing.T, s *Store, c *clock, n int) {
	t.Helper()
	for i := range n {
		c.add(time.Minute)
		mustCreate(t, s, sampleReport("A", i), sampleSummary(fmt.Sprintf("Báo cáo %d", i)))
	}
}

// TestRecentRepaired: a draft missing from the recent order, or listed
// there as it no longer is (a damaged or hand-made file), is listed as the
// index has it after an Open that reads every page.
func TestRecentRepaired(t *testing.T) {
	tests := []struct {
		name   string
		damage func(b *bolt.Bucket, k []byte) error
	}{
		{"missing", func(b *bolt.Bucket, k []byte) error { return b.Delete(k) }},
		{"stale listing", func(b *bolt.Bucket, k []byte) error {
			return b.Put(k, listing(entry{Summary: sampleSummary("Tên cũ")}))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, path := newStore(t)
			mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
			m := mustCreate(t, s, sampleReport("B", 1), sampleSummary("B"))
			s.Close()
			rawUpdate(t, path, func(tx *bolt.Tx) error {
				n, _ := parseID(m.ID)
				return tt.damage(tx.Bucket(bucketRecent), recentKey(n, m.Modified))
			})
			s = openTest(t, path, WithVerify())
			if list, _ := s.List(); titles(list) != "B, A" {
				t.Fatalf("after a verifying Open: %q, want both drafts as saved", titles(list))
			}
		})
	}
}
