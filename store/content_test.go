package store

import (
	"bytes"
	"strings"
	"testing"
)

func TestPackDraft(t *testing.T) {
	tests := []struct {
		name   string
		report []byte
	}{
		{"empty", []byte{}},
		{"small", []byte(`{"format":"baocao/report@1"}`)},
		{"large", []byte(`{"a":"` + strings.Repeat("Rà soát hồ sơ tồn đọng. ", 50_000) + `"}`)},
	}
	for _, tt := range tests {
		packed := packDraft(tt.report)
		got, err := unpackDraft(packed)
		if err != nil || !bytes.Equal(got, tt.report) {
			t.Errorf("%s: unpack(pack) = %d bytes, %v", tt.name, len(got), err)
		}
		if len(tt.report) >= packMin && len(packed)*4 > len(tt.report) {
			t.Errorf("%s: packed %d of %d bytes", tt.name, len(packed), len(tt.report))
		}
	}
	// A report kept as JSON before schema 3 reads as it is.
	if got, err := unpackDraft([]byte(`{"x":1}`)); err != nil || string(got) != `{"x":1}` {
		t.Errorf("unpack(JSON) = %q, %v", got, err)
	}
}

// FuzzUnpackDraft: a drafts value from a damaged or hostile file inflates
// to exactly the length it states, or fails; never panics.
func FuzzUnpackDraft(f *testing.F) {
	f.Add(packDraft([]byte(`{"format":"baocao/report@1"}`)))
	f.Add([]byte{draftTag, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, v []byte) {
		got, err := unpackDraft(v)
		if err != nil || len(v) == 0 || v[0] != draftTag {
			return
		}
		if again, err := unpackDraft(packDraft(got)); err != nil || !bytes.Equal(again, got) {
			t.Fatalf("repacked content changed: %v", err)
		}
	})
}
