package model

import (
	"bytes"
	"testing"
)

// TestUnplacedJSON: the unplaced list is a top-level JSON list, cleaned on
// reading, deep-copied by Clone, and absent when empty (older reports keep
// their bytes).
func TestUnplacedJSON(t *testing.T) {
	r := Report{Outline: "state", Unplaced: []string{"Đoạn thứ nhất", "Doa\u0323n hai\x1b[31m"}}
	data, err := MarshalReport(r)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"unplaced": [`)) {
		t.Fatalf("no top-level unplaced list:\n%s", data)
	}
	back, err := UnmarshalReport(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Unplaced) != 2 || back.Unplaced[1] != "Doạn hai" {
		t.Fatalf("unplaced read back as %q", back.Unplaced)
	}
	c := back.Clone()
	c.Unplaced[0] = "x"
	if back.Unplaced[0] == "x" {
		t.Fatal("Clone shares the unplaced list")
	}
	empty, err := MarshalReport(Report{Outline: "state"})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(empty, []byte("unplaced")) {
		t.Fatalf("empty unplaced list written:\n%s", empty)
	}
}
