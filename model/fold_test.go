package model

import "testing"

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Chủ tịch UBND", "chu tich ubnd"},
		{"ĐẢNG ỦY XÃ TÂN LẬP", "dang uy xa tan lap"},
		{"Vie\u0302\u0323t", "viet"},
		{"", ""},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
