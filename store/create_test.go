package store

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/model"
)

// fileTxID is the transaction ID of the drafts file's newer meta page:
// how many commits it has had.
func fileTxID(t *testing.T, path string) uint64 {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	mp, err := chooseMeta(f, info.Size())
	if err != nil {
		t.Fatal(err)
	}
	return mp.m[mp.new].txid
}

// TestCreateAndClose: the draft is stored as Create stores it, with its
// revision, in one commit fewer than Create then Close, and the file is
// left closed cleanly; a read-only store refuses and is closed all the
// same.
func TestCreateAndClose(t *testing.T) {
	r := sampleReport("Tổng hợp", 3)
	r.Answers["II.1.text"] = model.Answer{Text: strings.Repeat("Các xã đã gửi báo cáo đúng hạn. ", 400)}
	sum := sampleSummary("Tổng hợp 3 đơn vị")
	commits := map[string]uint64{}
	for _, name := range []string{"Create, Close", "CreateAndClose"} {
		path := filepath.Join(t.TempDir(), FileName)
		openTest(t, path).Close()
		before := fileTxID(t, path)
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		var m Meta
		if name == "CreateAndClose" {
			m, err = s.CreateAndClose(r, sum)
		} else {
			m, err = s.Create(r, sum)
			if cerr := s.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		commits[name] = fileTxID(t, path) - before
		s = openTest(t, path)
		if s.walked {
			t.Errorf("%s: the next Open read every page: the file was not closed cleanly", name)
		}
		d, err := s.Get(m.ID)
		if err != nil || !reflect.DeepEqual(d.Report, r) || d.Title != sum.Title {
			t.Errorf("%s: Get(%s) = %q, %v; want the draft as created", name, m.ID, d.Title, err)
		}
		if revs, err := s.Revisions(m.ID); err != nil || len(revs) != 1 {
			t.Errorf("%s: %d revisions, %v; want 1", name, len(revs), err)
		}
		s.Close()
	}
	if commits["CreateAndClose"] != commits["Create, Close"]-1 {
		t.Errorf("commits: %v; want CreateAndClose one fewer", commits)
	}
	s0, path := newStore(t)
	s0.Close()
	ro := openTest(t, path, WithReadOnly())
	if _, err := ro.CreateAndClose(r, sum); !errors.Is(err, ErrReadOnly) {
		t.Errorf("CreateAndClose on a read-only store = %v, want ErrReadOnly", err)
	}
	if _, err := ro.List(); !errors.Is(err, ErrClosed) {
		t.Errorf("List after CreateAndClose = %v, want ErrClosed", err)
	}
}

// TestContentDeflated: a report's packed form lends its deflated bytes to
// the revision from packMin bytes on; a short report, even one starting
// with the pack tag, has none to lend.
func TestContentDeflated(t *testing.T) {
	long := []byte(`{"format":"baocao/report@1","x":"` + strings.Repeat("báo cáo ", packMin/8) + `"}`)
	tests := []struct {
		name   string
		report []byte
		want   bool
	}{
		{"short JSON", []byte(`{"format":"baocao/report@1"}`), false},
		{"short, starting with the tag", []byte{draftTag, '{'}, true},
		{"long JSON", long, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := packed(tt.report)
			body, ok := c.deflated()
			if ok != tt.want {
				t.Fatalf("deflated: %v, want %v", ok, tt.want)
			}
			if !ok {
				return
			}
			got, err := inflate(body, uint64(len(tt.report)))
			if err != nil || string(got) != string(tt.report) {
				t.Fatalf("inflated to %d bytes, %v; want the report", len(got), err)
			}
			_, h, body2, err := decodeRev(1, encodeRev(time.Unix(1, 0), revHead{Version: 1}, c))
			if err != nil {
				t.Fatal(err)
			}
			if back, err := revReport(h, body2); err != nil || string(back) != string(tt.report) {
				t.Fatalf("revision reads back %d bytes, %v", len(back), err)
			}
		})
	}
}
