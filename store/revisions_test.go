package store

import (
	"errors"
	"testing"
	"time"
)

// checkPolicy asserts the revision policy on a list (newest first) taken
// at now: at most MaxRevisions; past the newest KeepRecent, no two in the
// same period slot.
func checkPolicy(t *testing.T, revs []Revision, now time.Time) {
	t.Helper()
	if len(revs) > MaxRevisions {
		t.Fatalf("%d revisions, want at most %d", len(revs), MaxRevisions)
	}
	for i := 1; i < len(revs) && i < KeepRecent; i++ {
		if revs[i].Rev != revs[i-1].Rev-1 {
			t.Fatalf("newest revisions not consecutive: %d after %d", revs[i].Rev, revs[i-1].Rev)
		}
	}
	seen := map[[2]int64]bool{}
	for _, r := range revs[min(KeepRecent, len(revs)):] {
		step := period(now.Sub(r.Saved))
		slot := [2]int64{int64(step), r.Saved.Truncate(step).UnixNano()}
		if seen[slot] {
			t.Fatalf("two old revisions in the slot of %v (%v)", r.Saved, step)
		}
		seen[slot] = true
	}
}

func TestRevisionBounds(t *testing.T) {
	tests := []struct {
		name      string
		saves     int
		every     time.Duration
		minCount  int
		minOldest time.Duration
	}{
		{"typing, a save a second", 500, time.Second, KeepRecent + 7, 7 * time.Minute},
		{"ten days, a save each 10 minutes", 1440, 10 * time.Minute, 40, 9 * 24 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newClock()
			s, _ := newStore(t, WithClock(c.now))
			m := mustCreate(t, s, sampleReport("A", 0), sampleSummary("A"))
			for i := 1; i <= tt.saves; i++ {
				c.add(tt.every)
				if _, err := s.Save(Draft{Meta: m, Report: sampleReport("A", i)}); err != nil {
					t.Fatal(err)
				}
			}
			revs, err := s.Revisions(m.ID)
			if err != nil {
				t.Fatal(err)
			}
			checkPolicy(t, revs, c.now())
			if len(revs) < tt.minCount {
				t.Errorf("%d revisions kept, want at least %d", len(revs), tt.minCount)
			}
			if oldest := c.now().Sub(revs[len(revs)-1].Saved); oldest < tt.minOldest {
				t.Errorf("oldest revision %v old, want at least %v", oldest, tt.minOldest)
			}
			if revs[0].Rev != uint64(tt.saves+1) || revs[0].Version != uint64(tt.saves+1) {
				t.Errorf("newest revision = %+v, want rev and version %d", revs[0], tt.saves+1)
			}
		})
	}
}

func TestRevisionUnchangedSave(t *testing.T) {
	s, _ := newStore(t)
	m := mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
	for range 3 {
		if _, err := s.Save(Draft{Meta: m, Report: sampleReport("A", 1)}); err != nil {
			t.Fatal(err)
		}
	}
	revs, err := s.Revisions(m.ID)
	if err != nil || len(revs) != 1 {
		t.Fatalf("Revisions after unchanged saves = %d, %v; want 1", len(revs), err)
	}
}

func TestRestoreRevision(t *testing.T) {
	c := newClock()
	s, _ := newStore(t, WithClock(c.now))
	first := sampleReport("A", 1)
	m := mustCreate(t, s, first, sampleSummary("bản đầu"))
	c.add(time.Minute)
	sum := sampleSummary("bản sau")
	if _, err := s.Save(Draft{Meta: Meta{ID: m.ID, Summary: sum}, Report: sampleReport("A", 2)}); err != nil {
		t.Fatal(err)
	}
	got, err := s.RevisionReport(m.ID, 1)
	if err != nil || marshal(t, got) != marshal(t, first) {
		t.Fatalf("RevisionReport(1) = %v", err)
	}
	back, err := s.RestoreRevision(m.ID, 1)
	if err != nil {
		t.Fatal(err)
	}
	d, err := s.Get(m.ID)
	if err != nil || marshal(t, d.Report) != marshal(t, first) || back.Title != "bản đầu" || back.Version != 3 {
		t.Fatalf("after RestoreRevision: %+v, %v", back, err)
	}
	revs, _ := s.Revisions(m.ID)
	if len(revs) != 3 || revs[1].Summary.Title != "bản sau" {
		t.Fatalf("revisions after restore = %+v; the replaced content must stay", revs)
	}
	for _, rev := range []uint64{0, 99} {
		if _, err := s.RestoreRevision(m.ID, rev); !errors.Is(err, ErrNotFound) {
			t.Errorf("RestoreRevision(%d) = %v, want ErrNotFound", rev, err)
		}
	}
}

func TestRevisionEncoding(t *testing.T) {
	saved := time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)
	h := revHead{Version: 7, Summary: sampleSummary("Tiêu đề")}
	v := encodeRev(saved, h, []byte(`{"format":"x"}`))
	r, report, err := decodeRev(4, v)
	if err != nil || !r.Saved.Equal(saved) || r.Version != 7 || r.Summary != h.Summary || string(report) != `{"format":"x"}` || r.Rev != 4 {
		t.Fatalf("decodeRev = %+v %q %v", r, report, err)
	}
	for _, bad := range [][]byte{nil, v[:8], append(v[:8:8], 0xff, 0xff, 0x7f)} {
		if _, _, err := decodeRev(1, bad); err == nil {
			t.Errorf("decodeRev(%x) accepted a bad revision", bad)
		}
	}
}
