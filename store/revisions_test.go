package store

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/model"
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
	v := encodeRev(saved, h, content{json: []byte(`{"format":"x"}`)})
	r, head, body, err := decodeRev(4, v)
	report, rerr := revReport(head, body)
	if err != nil || rerr != nil || !r.Saved.Equal(saved) || r.Version != 7 || r.Summary != h.Summary ||
		string(report) != `{"format":"x"}` || r.Rev != 4 || r.Size != len(report) {
		t.Fatalf("decodeRev = %+v %q %v %v", r, report, err, rerr)
	}
	for _, bad := range [][]byte{nil, v[:8], append(v[:8:8], 0xff, 0xff, 0x7f)} {
		if _, _, _, err := decodeRev(1, bad); err == nil {
			t.Errorf("decodeRev(%x) accepted a bad revision", bad)
		}
	}
	// A body that does not inflate to the size its head says is refused.
	for _, h := range []revHead{{Zip: true, Size: 3}, {Zip: true, Size: maxRevSize + 1}} {
		if _, err := revReport(h, body); err == nil {
			t.Errorf("revReport(%+v) accepted a body of another size", h)
		}
	}
}

// FuzzRevReport: a stored revision from a damaged or hostile file reads
// or fails within the size its head gives, never panics.
func FuzzRevReport(f *testing.F) {
	f.Add(encodeRev(time.Unix(1, 0), revHead{Version: 1}, content{json: []byte(`{"format":"baocao/report@1"}`)}))
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 1, 2, '{', '}'})
	f.Fuzz(func(t *testing.T, v []byte) {
		_, h, body, err := decodeRev(1, v)
		if err != nil {
			return
		}
		report, err := revReport(h, body)
		if err == nil && h.Zip && len(report) != h.Size {
			t.Fatalf("inflated %d bytes, head says %d", len(report), h.Size)
		}
	})
}

// TestRevisionsWithinBudget: saves of a large draft (about a hundred
// pages, each save changing one paragraph), past what the count policy
// alone keeps, leave the drafts file within three times the draft's size
// plus the edits, and the history still lists and restores revisions.
// BenchmarkRevisionGrowth measures it for 1,000 saves.
func TestRevisionsWithinBudget(t *testing.T) {
	revisionGrowth(t, 2*MaxRevisions)
}

// BenchmarkRevisionGrowth reports the drafts file's size after 1,000
// saves of a hundred-page draft as a multiple of the draft's size
// (file-×draft):
//
//	go test ./store -run '^$' -bench RevisionGrowth -benchtime 1x
func BenchmarkRevisionGrowth(b *testing.B) {
	for b.Loop() {
		b.ReportMetric(revisionGrowth(b, 1000), "file-×draft")
	}
}

// revisionGrowth saves a hundred-page draft saves times, checks the file
// stays within three times the draft plus the edits and that history and
// restore work, and returns the file's size over the draft's.
func revisionGrowth(t testing.TB, saves int) float64 {
	c := newClock()
	s, path := newStore(t, WithClock(c.now))
	r := largeReport(0)
	m := mustCreate(t, s, r, sampleSummary("Trăm trang"))
	size := len(marshal(t, r))
	for i := 1; i <= saves; i++ {
		c.add(30 * time.Second)
		r = largeReport(i)
		if _, err := s.Save(Draft{Meta: Meta{ID: m.ID, Summary: sampleSummary("Trăm trang")}, Report: r}); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("draft %d KB; drafts file after %d saves %d KB (%.2f×)", size>>10, saves, info.Size()>>10, float64(info.Size())/float64(size))
	if info.Size() > int64(3*size+saves*len("Lần sửa thứ 1000.")) {
		t.Errorf("drafts file %d KB for a draft of %d KB: over 3× plus the edits", info.Size()>>10, size>>10)
	}
	s = openTest(t, path, WithClock(c.now))
	revs, err := s.Revisions(m.ID)
	if err != nil || len(revs) < 2 {
		t.Fatalf("Revisions = %d, %v; want the history kept", len(revs), err)
	}
	if _, err := s.RestoreRevision(m.ID, revs[1].Rev); err != nil {
		t.Fatal(err)
	}
	d, err := s.Get(m.ID)
	if err != nil || marshal(t, d.Report) != marshal(t, largeReport(saves-1)) {
		t.Fatalf("restoring the revision before the last: %v", err)
	}
	return float64(info.Size()) / float64(size)
}

// largeReport is a report of about a hundred printed pages (300
// paragraphs of some 1,500 bytes) whose paragraph edit%300 says edit.
func largeReport(edit int) model.Report {
	r := sampleReport("Trăm Trang", 1)
	for i := range 300 {
		text := fmt.Sprintf("Đoạn %d: ", i) + strings.Repeat(fmt.Sprintf("Kết quả rà soát hồ sơ tồn đọng ở thôn %d, ", i), 30)
		if i == edit%300 {
			text += fmt.Sprintf("Lần sửa thứ %d.", edit)
		}
		r.Answers[fmt.Sprintf("II.%d.text", i)] = model.Answer{Text: text}
	}
	return r
}

// TestRestoreIsUndoable restores the oldest revision kept, reopens the
// store, and undoes the restore with the revision it names.
func TestRestoreIsUndoable(t *testing.T) {
	tests := []struct {
		name  string
		saves int
	}{
		{"two saves", 1},
		{"past the thinning", KeepRecent + 15},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newClock()
			s, path := newStore(t, WithClock(c.now))
			m := mustCreate(t, s, sampleReport("A", 0), sampleSummary("bản 0"))
			for i := 1; i <= tt.saves; i++ {
				c.add(time.Minute)
				if _, err := s.Save(Draft{Meta: Meta{ID: m.ID, Summary: sampleSummary(fmt.Sprint("bản ", i))}, Report: sampleReport("A", i)}); err != nil {
					t.Fatal(err)
				}
			}
			before := mustGet(t, s, m.ID)
			revs, _ := s.Revisions(m.ID)
			oldest := revs[len(revs)-1]
			c.add(time.Minute)
			res, err := s.RestoreRevision(m.ID, oldest.Rev)
			if err != nil {
				t.Fatal(err)
			}
			if got := mustGet(t, s, m.ID); marshal(t, got.Report) == marshal(t, before.Report) {
				t.Fatal("the restore changed nothing")
			}
			// After a restart the replaced content is still there to go back to.
			s.Close()
			s = openTest(t, path, WithClock(c.now))
			c.add(time.Minute)
			undo, err := s.RestoreRevision(m.ID, res.Replaced)
			if err != nil {
				t.Fatalf("undoing the restore: %v", err)
			}
			after := mustGet(t, s, m.ID)
			if marshal(t, after.Report) != marshal(t, before.Report) || after.Title != before.Title {
				t.Fatalf("after undo: %q, want %q", after.Title, before.Title)
			}
			if undo.Replaced == res.Replaced || undo.Version != before.Version+2 {
				t.Errorf("undo = %+v; want a new revision (version %d)", undo, before.Version+2)
			}
		})
	}
}

func TestHistory(t *testing.T) {
	c := newClock()
	s, _ := newStore(t, WithClock(c.now))
	m := mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
	c.add(time.Minute)
	r := sampleReport("A", 1)
	r.Answers["I.1.text"] = model.Answer{Text: r.Answers["I.1.text"].Text + " Đã chấn chỉnh."}
	if _, err := s.Save(Draft{Meta: m, Report: r}); err != nil {
		t.Fatal(err)
	}
	hist, err := s.History(m.ID, model.Outline{})
	if err != nil || len(hist) != 2 {
		t.Fatalf("History = %d, %v", len(hist), err)
	}
	if got := hist[0].Diff.Summary(); got != "sửa 1 mục (I.1) · thêm 15, bớt 0 ký tự" || hist[0].First || !hist[0].Saved.Equal(c.now()) {
		t.Errorf("newest change = %q, first %v, saved %v", got, hist[0].First, hist[0].Saved)
	}
	if !hist[1].First || hist[1].Diff.Empty() {
		t.Errorf("oldest change = %+v, want First with the whole content", hist[1])
	}
	if err := s.Delete(m.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.History(m.ID, model.Outline{}); !errors.Is(err, ErrTrashed) {
		t.Errorf("History(trashed) = %v, want ErrTrashed", err)
	}
}

func mustGet(t *testing.T, s *Store, id string) Draft {
	t.Helper()
	d, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestHistoryCorruptRevision lists a history with an unreadable revision:
// the others are compared past it, and the message of a corrupt draft
// names the history command.
func TestHistoryCorruptRevision(t *testing.T) {
	c := newClock()
	s, _ := newStore(t, WithClock(c.now))
	m := mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
	for i := 2; i <= 3; i++ {
		c.add(time.Minute)
		if _, err := s.Save(Draft{Meta: m, Report: sampleReport("A", i)}); err != nil {
			t.Fatal(err)
		}
	}
	n, _ := parseID(m.ID)
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketRevisions)
		v := b.Get(revKey(n, 2))
		return b.Put(revKey(n, 2), append(slices.Clone(v[:len(v)-5]), "xx}}}"...))
	})
	if err != nil {
		t.Fatal(err)
	}
	hist, err := s.History(m.ID, model.Outline{})
	if err != nil || len(hist) != 3 {
		t.Fatalf("History = %d, %v", len(hist), err)
	}
	if !errors.Is(hist[1].Err, ErrCorrupt) || hist[0].Err != nil || hist[2].Err != nil || !hist[2].First {
		t.Fatalf("errors = %v, %v, %v", hist[0].Err, hist[1].Err, hist[2].Err)
	}
	if got := hist[0].Diff.Summary(); got != "sửa 2 mục (Số, ngày và trích yếu, I.1) · thêm 2, bớt 2 ký tự" {
		t.Errorf("newest change past the bad one = %q", got)
	}
	if msg := Message(hist[1].Err); !strings.Contains(msg, `"baocao history restore `+m.ID+` SỐ"`) {
		t.Errorf("message of a corrupt draft = %q, want it to name the history command", msg)
	}
}
