package store

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"
)

func TestEntryRoundTrip(t *testing.T) {
	hanoi := time.FixedZone("ICT", 7*3600)
	tests := []struct {
		name string
		e    entry
	}{
		{"empty", entry{}},
		{"live", entry{UID: newUID(), Created: time.Date(2026, 3, 2, 8, 0, 0, 5, time.UTC),
			Modified: time.Date(2026, 3, 2, 9, 0, 0, 0, hanoi), Version: 7,
			Summary: Summary{Title: "Báo cáo quý I", Unit: "UBND xã Tân Hòa", Outline: "state", Done: 2, Required: 9,
				Errors: 1, Warnings: 3, Section: "I.1"},
			Clock: map[string]uint64{"b": 2, "a": 5}, Root: "abc"}},
		{"trashed conflict", entry{UID: newUID(), Created: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
			Modified: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC), Deleted: time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC),
			Version: 1, Origin: newUID()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeEntry(encodeEntry(tt.e))
			if err != nil {
				t.Fatal(err)
			}
			// The JSON form, which schema 2 kept, reads the same.
			data, _ := json.Marshal(tt.e)
			old, err := decodeEntry(data)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, old) {
				t.Errorf("binary %+v\nJSON   %+v", got, old)
			}
			if !got.Modified.Equal(tt.e.Modified) || got.UID != tt.e.UID || !reflect.DeepEqual(got.Clock, tt.e.Clock) {
				t.Errorf("decoded %+v, want %+v", got, tt.e)
			}
			list, err := decodeListing(encodeEntry(tt.e))
			want := got
			want.UID, want.Root, want.Clock = "", "", nil
			if err != nil || !reflect.DeepEqual(list, want) {
				t.Errorf("decodeListing = %+v, %v; want %+v", list, err, want)
			}
		})
	}
}

// FuzzDecodeEntry: an entry from a hostile or damaged file decodes or
// fails, never panics, and what decodes is clean and encodes back to
// the same entry.
func FuzzDecodeEntry(f *testing.F) {
	f.Add(encodeEntry(entry{UID: newUID(), Modified: time.Now(), Version: 3, Summary: sampleSummary("A"),
		Clock: map[string]uint64{"x": 1}}))
	f.Add([]byte(`{"uid":"u","summary":{"title":"\u001b[2J"}}`))
	f.Add([]byte{entryTag, 0x80})
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := decodeEntry(data)
		if err != nil {
			return
		}
		if e.Summary != e.Summary.clean() {
			t.Fatalf("summary not clean: %+v", e.Summary)
		}
		again, err := decodeEntry(encodeEntry(e))
		if err != nil || again.Summary != e.Summary || again.Version != e.Version || again.UID != e.UID {
			t.Fatalf("re-encoded %+v as %+v, %v", e, again, err)
		}
		if _, err := decodeListing(data); err != nil {
			t.Fatalf("decodeEntry read it but decodeListing: %v", err)
		}
	})
}

// TestTextsClean: a text met again in a walk comes back cleaned as the
// first time, and no more than textsMax distinct texts are kept, however
// many a hostile file holds.
func TestTextsClean(t *testing.T) {
	seen := texts{}
	tests := []struct{ raw, want string }{
		{"xã Hòa Bình", "xã Hòa Bình"},
		{"xã\u200f\x07 ", "xã"},
		{"Tie\u0302\u0301n", "Tiến"},
		{"", ""},
	}
	for round := range 2 {
		for _, tt := range tests {
			if got := seen.clean([]byte(tt.raw)); got != tt.want {
				t.Errorf("round %d: clean(%q) = %q, want %q", round, tt.raw, got, tt.want)
			}
		}
	}
	for i := range 2 * textsMax {
		seen.clean([]byte(fmt.Sprintf("đơn vị %d", i)))
	}
	if len(seen) != textsMax {
		t.Errorf("%d texts kept, want at most %d", len(seen), textsMax)
	}
	if got := texts(nil).clean([]byte("\x1b[2Jxã")); got != "xã" {
		t.Errorf("nil texts: clean = %q", got)
	}
}
