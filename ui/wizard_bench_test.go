package ui

import (
	"fmt"
	"testing"
	"time"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/templates"
	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/internal/uitest"
)

// bigOutline returns the built-in state outline with n extra level-2
// sections, each with one required narrative field, appended under its last
// part: an outline of thousands of sections such as an own outline file may
// hold.
func bigOutline(tb testing.TB, n int) model.Outline {
	tb.Helper()
	set, errs := templates.Load("")
	if len(errs) > 0 {
		tb.Fatal(errs)
	}
	o := set.All()[0]
	o.Sections = append([]model.Section(nil), o.Sections...)
	for i := range n {
		id := fmt.Sprintf("X.%d", i+1)
		o.Sections = append(o.Sections, model.Section{ID: id, Level: 2, Number: fmt.Sprint(i + 1),
			Heading: fmt.Sprintf("Nội dung bổ sung số %d", i+1),
			Fields:  []model.Field{{ID: id + ".text", Kind: model.FieldNarrative, Label: "Nội dung", Required: true}}})
	}
	return o
}

// BenchmarkWizardKeyLargeOutline measures one typed key in a narrative
// field (the wizard's Update, then its View) as the outline grows: the
// per-key work must not grow with the number of sections.
func BenchmarkWizardKeyLargeOutline(b *testing.B) {
	rules, err := templates.Rules()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{0, 500, 5000} {
		b.Run(fmt.Sprintf("sections=%d", n), func(b *testing.B) {
			o := bigOutline(b, n)
			st, str := common.DefaultStyles(), common.Vietnamese()
			c := common.Common{Width: 100, Height: 27, Styles: &st, Str: &str, Now: func() time.Time { return testNow },
				Svc: common.Services{Rules: rules}, Timing: common.DefaultTiming()}
			w := NewWizard(c, common.Draft{Report: model.Report{}, Info: common.DraftInfo{Section: "I.2"}}, o, model.Date{})
			key := uitest.Key("a")
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				w.Update(key)
				_ = w.View()
			}
		})
	}
}

// BenchmarkWizardApplyLargeOutline measures what an autosave tick costs
// the wizard after typing (applying the field, validating, the marks and
// the tally) as the outline grows.
func BenchmarkWizardApplyLargeOutline(b *testing.B) {
	rules, err := templates.Rules()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{0, 5000} {
		b.Run(fmt.Sprintf("sections=%d", n), func(b *testing.B) {
			o := bigOutline(b, n)
			st, str := common.DefaultStyles(), common.Vietnamese()
			c := common.Common{Width: 100, Height: 27, Styles: &st, Str: &str, Now: func() time.Time { return testNow },
				Svc: common.Services{Rules: rules}, Timing: common.DefaultTiming()}
			w := NewWizard(c, common.Draft{Report: model.Report{}, Info: common.DraftInfo{Section: "I.2"}}, o, model.Date{})
			key := uitest.Key("a")
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				w.Update(key)
				w.applyAll()
			}
		})
	}
}
