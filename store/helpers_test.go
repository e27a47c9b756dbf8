package store

import (
	"crypto/sha256"
	"errors"
	"fmt"
	bolt "go.etcd.io/bbolt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/baocao/baocao/model"
)

// openTest opens (creating) a store at path and closes it at cleanup.
func openTest(t testing.TB, path string, opts ...Option) *Store {
	t.Helper()
	s, err := Open(path, opts...)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// newStore opens a fresh store in a temporary folder.
func newStore(t testing.TB, opts ...Option) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), FileName)
	return openTest(t, path, opts...), path
}

// clock is a settable clock for WithClock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock {
	return &clock{t: time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)}
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// sampleReport is a small report of a commune; n varies its content.
func sampleReport(unit string, n int) model.Report {
	return model.Report{
		Outline: "state",
		Unit: model.Unit{Kind: model.KindCommune, Class: "II", Name: unit,
			Issuer: "Ủy ban nhân dân xã " + unit, IssuerCode: "UBND", Place: unit},
		Doc: model.Document{Number: fmt.Sprint(n), TypeCode: "BC", Date: "14/3/2026",
			Subject: "Báo cáo khắc phục tình trạng né tránh, đùn đẩy trách nhiệm"},
		Directive: model.Directive{Type: "Công văn", Ref: "88-CV/HU", Date: "02/3/2026"},
		Answers: map[string]model.Answer{
			"I.1.text":  {Text: fmt.Sprintf("Lần sửa thứ %d: cán bộ xã %s giải quyết hồ sơ đất đai còn chậm.", n, unit)},
			"III.items": {Items: []string{"Rà soát quy chế làm việc", "Công khai thời hạn giải quyết hồ sơ"}},
		},
		Staffing:   model.Staffing{Term: "2021-2026", Rows: []model.StaffRow{{Roles: []string{"ct-ubnd"}, Start: 1, Now: 1}}},
		Recipients: []string{"Thường trực Huyện ủy", "Lưu: VT"},
		Signer:     model.Signer{Authority: model.AuthorityTM, For: "Ủy ban nhân dân", Title: "Chủ tịch", Name: "Lê Thị Hạnh"},
	}
}

func sampleSummary(title string) Summary {
	return Summary{Title: title, Unit: "UBND xã Tân Hòa", Outline: "state", Done: 2, Required: 9, Warnings: 1, Section: "I.1"}
}

// marshal is the stored form of a report, for exact comparisons.
func marshal(t testing.TB, r model.Report) string {
	t.Helper()
	data, err := model.MarshalReport(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func fileSum(t testing.TB, path string) [32]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(data)
}

// mustCreate creates a draft or fails the test.
func mustCreate(t testing.TB, s *Store, r model.Report, sum Summary) Meta {
	t.Helper()
	m, err := s.Create(r, sum)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func titles(ms []Meta) string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Title)
	}
	return strings.Join(out, ", ")
}

// rawUpdate changes the closed store at path in one bbolt transaction, as
// another program (or a damaged disk) might.
func rawUpdate(t testing.TB, path string, fn func(*bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(fn)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
}

// boltCheck runs bbolt's own consistency check (tx.Check): the tests'
// oracle beside the store's streaming check.
func boltCheck(tx *bolt.Tx) error {
	var errs []error
	for err := range tx.Check() {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}
