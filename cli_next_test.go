package main

import (
	"testing"

	"github.com/baocao/baocao/examples"
	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/store"
	"github.com/baocao/baocao/templates"
)

// seedPeriodic stores the state example as a monthly report of December
// 2026 and returns its ID.
func seedPeriodic(t *testing.T, path, subject string) string {
	t.Helper()
	r, err := examples.Report("state")
	if err != nil {
		t.Fatal(err)
	}
	r.Doc.Subject, r.Doc.Number, r.Doc.Date = subject, "125", "28/12/2026"
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m, err := s.Create(r, store.Summary{Title: subject, Outline: "state"})
	if err != nil {
		t.Fatal(err)
	}
	return m.ID
}

func TestNextCommand(t *testing.T) {
	env, _ := sandbox(t)
	db := env["BAOCAO_DB"]
	monthly := seedPeriodic(t, db, "Kết quả công tác tháng 12 năm 2026")
	none := seedPeriodic(t, db, "Thực trạng né tránh, đùn đẩy")

	run(t, env, "next", monthly).want(t, 0, []string{"Đã tạo bản nháp 3 cho kỳ sau của bản nháp " + monthly,
		"Kết quả công tác tháng 01 năm 2027", "Số và ngày văn bản để trống"}, nil)
	run(t, env, "list").want(t, 0, []string{"Kết quả công tác tháng 01 năm 2027", "Kết quả công tác tháng 12 năm 2026"}, nil)
	run(t, env, "export", "3", "--format", "json", "-o", "-", "--allow-errors").want(t, 0,
		[]string{`"subject": "Kết quả công tác tháng 01 năm 2027"`}, nil)

	for _, bad := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"next"}, 2, "thiếu"},
		{[]string{"next", none}, 1, "không ghi kỳ báo cáo"},
		{[]string{"next", none, "--lang", "en"}, 1, "names no reporting period"},
		{[]string{"next", "99"}, 1, "Không tìm thấy bản nháp"},
	} {
		run(t, env, bad.args...).want(t, bad.code, nil, []string{bad.stderr})
	}
	// The refusals made no draft.
	run(t, env, "export", "4", "--format", "json", "-o", "-").want(t, 1, nil, []string{"không có bản nháp mã \"4\""})
}

// TestSummaryCountsUnfilledApart: a draft's list entry made by the
// commands (import, next) counts what is still to be written as chưa
// điền, not as errors, as the screens do (model.Measure).
func TestSummaryCountsUnfilledApart(t *testing.T) {
	set, errs := templates.Load("")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	rules, err := templates.Rules()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"state", "party"} {
		o, _ := set.Get(id)
		r := model.New(o)
		r.Doc.Number = "x7"
		sum := summaryOf(r, o, rules, "Nháp")
		tally := model.Measure(r, o, model.Validate(r, o, rules))
		if tally.Unfilled == 0 || sum.Errors != tally.Errors || sum.Warnings != tally.Warnings {
			t.Errorf("%s: summary %d errors, %d warnings; tally %+v", id, sum.Errors, sum.Warnings, tally)
		}
	}
}
