package common

import (
	"testing"

	"github.com/baocao/baocao/model"
)

// TestDraftTitleDates (issue 20 item 6): the title bar and the drafts list
// show a draft's date as 30/06/2026 however it was typed; text that is not
// a date yet is shown as typed, never lost.
func TestDraftTitleDates(t *testing.T) {
	tests := []struct {
		number, date, subject string
		want                  string
	}{
		{"12", "2026-06-30", "Kết quả quý II", "Số 12 · 30/06/2026 · Kết quả quý II"},
		{"", "30/6/2026", "", "30/06/2026"},
		{"", "1.7.2025", "Sơ kết", "01/07/2025 · Sơ kết"},
		{"", " 5-1-2026 ", "", "05/01/2026"},
		{"", "31/02/2026", "", "31/02/2026"},
		{"", "15/12/26", "", "15/12/26"},
		{"7", "tháng 6", "", "Số 7 · tháng 6"},
	}
	for _, tt := range tests {
		r := model.Report{Doc: model.Document{Number: tt.number, Date: tt.date, Subject: tt.subject}}
		if got := DraftTitle(r, model.Outline{}); got != tt.want {
			t.Errorf("date %q: title %q, want %q", tt.date, got, tt.want)
		}
	}
}
