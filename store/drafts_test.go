package store

import (
	"errors"
	"testing"
	"time"

	"github.com/baocao/baocao/model"
)

func TestCreateGetSave(t *testing.T) {
	c := newClock()
	s, _ := newStore(t, WithClock(c.now))
	r := sampleReport("Tân Hòa", 1)
	m := mustCreate(t, s, r, sampleSummary("Báo cáo quý I"))
	if m.ID != "1" || m.Version != 1 || !m.Created.Equal(c.now()) || !m.Modified.Equal(c.now()) {
		t.Fatalf("Create = %+v", m)
	}
	d, err := s.Get(m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if marshal(t, d.Report) != marshal(t, r) || d.Meta != m {
		t.Fatalf("Get = %+v, want %+v", d.Meta, m)
	}
	c.add(time.Minute)
	d.Report = sampleReport("Tân Hòa", 2)
	d.Summary.Title = "Báo cáo\x1b[31m quý I\n"
	d.Summary.Done = -3
	saved, err := s.Save(d)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Version != 2 || !saved.Modified.Equal(c.now()) || !saved.Created.Equal(m.Created) {
		t.Fatalf("Save = %+v", saved)
	}
	if saved.Title != "Báo cáo quý I" || saved.Done != 0 {
		t.Fatalf("summary not cleaned: %q, done %d", saved.Title, saved.Done)
	}
	got, err := s.Get(m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if marshal(t, got.Report) != marshal(t, d.Report) || got.Meta != saved {
		t.Fatalf("Get after Save = %+v, want %+v", got.Meta, saved)
	}
}

func TestGetErrors(t *testing.T) {
	s, _ := newStore(t)
	m := mustCreate(t, s, sampleReport("A", 1), sampleSummary("A"))
	gone := mustCreate(t, s, sampleReport("B", 1), sampleSummary("B"))
	if err := s.Delete(gone.ID); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id   string
		want error
	}{
		{"", ErrNotFound}, {"abc", ErrNotFound}, {"0", ErrNotFound}, {"-1", ErrNotFound},
		{"99", ErrNotFound}, {"18446744073709551616", ErrNotFound}, {gone.ID, ErrTrashed},
	}
	for _, tt := range tests {
		if _, err := s.Get(tt.id); !errors.Is(err, tt.want) {
			t.Errorf("Get(%q) = %v, want %v", tt.id, err, tt.want)
		}
		if _, err := s.Save(Draft{Meta: Meta{ID: tt.id}}); !errors.Is(err, tt.want) {
			t.Errorf("Save(%q) = %v, want %v", tt.id, err, tt.want)
		}
	}
	if _, err := s.Get(m.ID); err != nil {
		t.Errorf("Get(%q) = %v", m.ID, err)
	}
}

func TestListNewestFirst(t *testing.T) {
	c := newClock()
	s, _ := newStore(t, WithClock(c.now))
	for _, title := range []string{"một", "hai", "ba"} {
		mustCreate(t, s, sampleReport(title, 1), sampleSummary(title))
		c.add(time.Second)
	}
	d, err := s.Get("1")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(d); err != nil {
		t.Fatal(err)
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := titles(list), "một, ba, hai"; got != want {
		t.Fatalf("List = %s, want %s", got, want)
	}
}

func TestDuplicate(t *testing.T) {
	s, _ := newStore(t)
	src := sampleReport("Tân Hòa", 7)
	m := mustCreate(t, s, src, sampleSummary("Quý I"))
	o := model.Outline{ID: "state", Subject: "Báo cáo mới"}
	cp, err := s.Duplicate(m.ID, o)
	if err != nil {
		t.Fatal(err)
	}
	if cp.ID == m.ID || cp.Title != "Quý I" || cp.Done != 0 || cp.Warnings != 0 || cp.Section != "" || cp.Required != 9 {
		t.Fatalf("Duplicate meta = %+v", cp)
	}
	d, err := s.Get(cp.ID)
	if err != nil {
		t.Fatal(err)
	}
	if marshal(t, d.Report) != marshal(t, src.Carry(o)) {
		t.Fatalf("Duplicate report = %+v, want Carry", d.Report)
	}
	if d.Report.Doc.Number != "" || d.Report.Unit != src.Unit || d.Report.Signer != src.Signer {
		t.Fatalf("Duplicate kept or lost the wrong parts: %+v", d.Report)
	}
}

func TestConcurrentSaves(t *testing.T) {
	s, _ := newStore(t)
	m := mustCreate(t, s, sampleReport("A", 0), sampleSummary("A"))
	done := make(chan error)
	for i := range 4 {
		go func() {
			var err error
			for j := range 5 {
				_, e := s.Save(Draft{Meta: m, Report: sampleReport("A", i*10+j)})
				err = errors.Join(err, e)
			}
			done <- err
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	d, err := s.Get(m.ID)
	if err != nil || d.Version != 21 {
		t.Fatalf("after 20 saves: version %d, err %v", d.Version, err)
	}
}

func TestClosed(t *testing.T) {
	s, _ := newStore(t)
	s.Close()
	if _, err := s.List(); !errors.Is(err, ErrClosed) {
		t.Fatalf("List after Close = %v, want ErrClosed", err)
	}
}
