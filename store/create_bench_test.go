package store

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
)

// BenchmarkCreate times storing a compiled draft of 1,000 units (20
// fields, each a sentence from every unit: about 1 MB of JSON) in a store
// of 1,000 drafts: "create" is Store.Create alone (one commit);
// "open-create-close" is what "baocao compile" does to keep its compiled
// draft (storeCompiled): Open, Create, Close; "open-createandclose" the
// same with CreateAndClose, one commit fewer.
func BenchmarkCreate(b *testing.B) {
	path := filepath.Join(b.TempDir(), FileName)
	buildLarge(b, path, 1000)
	r := sampleReport("Tổng hợp", 1)
	for j := range 20 {
		var text strings.Builder
		for unit := range 1000 {
			fmt.Fprintf(&text, "Xã số %d: đã hoàn thành %d%% chỉ tiêu của mục %d. ", unit, (unit*7+j)%100, j)
		}
		r.Answers[fmt.Sprintf("II.%d.text", j)] = model.Answer{Text: text.String()}
	}
	sum := sampleSummary("Tổng hợp 1.000 đơn vị")
	b.Run("create", func(b *testing.B) {
		s := openTest(b, path, WithBackups(0))
		defer s.Close()
		b.ReportAllocs()
		for b.Loop() {
			if _, err := s.Create(r, sum); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, tc := range []struct {
		name  string
		store func(*Store) error
	}{
		{"open-createandclose", func(s *Store) error {
			_, err := s.CreateAndClose(r, sum)
			return err
		}},
		{"open-create-close", func(s *Store) error {
			if _, err := s.Create(r, sum); err != nil {
				s.Close()
				return err
			}
			return s.Close()
		}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s, err := Open(path, WithBackups(0))
				if err != nil {
					b.Fatal(err)
				}
				if err := tc.store(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
