package newdraft

import (
	"fmt"

	"github.com/baocao/baocao/ui/common"
)

// texts are the form's own strings (the shared ones are in common.Strings).
type texts struct {
	FieldDate, ConfirmLeave, FromFile      string
	IssuerStateExample, IssuerPartyExample string
	Example, IssuerHint, DateHint          func(string) string
	// ShortYear asks back a date typed with a two-digit year, after
	// writing the year out in full in the field (label, typed, full).
	ShortYear func(label, typed, full string, year int) string
}

// textsFor picks the texts of the language of the shared strings.
func textsFor(s *common.Strings) texts {
	if s.NewDraftTitle == common.English().NewDraftTitle {
		return english()
	}
	return vietnamese()
}

func vietnamese() texts {
	return texts{
		FieldDate:    "Ngày báo cáo",
		FromFile:     "dàn ý mới từ tệp…",
		ConfirmLeave: "Bỏ báo cáo mới đang điền? Những gì đã gõ sẽ mất. y: bỏ, n: điền tiếp.",
		// The examples are fictional units.
		IssuerStateExample: "Ủy ban nhân dân xã Tân Lập",
		IssuerPartyExample: "Đảng ủy xã Tân Lập",
		Example: func(s string) string {
			if s == "" {
				return ""
			}
			return "ví dụ: " + s
		},
		IssuerHint: func(s string) string { return "tự ghi theo loại và tên đơn vị, ví dụ: " + s },
		DateHint: func(today string) string {
			return fmt.Sprintf("để trống được: loại, hạng đơn vị theo hôm nay %s", today)
		},
		ShortYear: func(label, typed, full string, year int) string {
			return fmt.Sprintf("%s “%s” ghi năm hai chữ số: có phải năm %d? Đã ghi lại thành %s; đúng thì nhấn ctrl+s lần nữa, không thì sửa ngày.",
				label, typed, year, full)
		},
	}
}

func english() texts {
	return texts{
		FieldDate:          "Report date",
		FromFile:           "new outline from a file…",
		ConfirmLeave:       "Discard this new report? What you typed will be lost. y: discard, n: keep editing.",
		IssuerStateExample: "Ủy ban nhân dân xã Tân Lập",
		IssuerPartyExample: "Đảng ủy xã Tân Lập",
		Example: func(s string) string {
			if s == "" {
				return ""
			}
			return "e.g. " + s
		},
		IssuerHint: func(s string) string { return "derived from kind and name, e.g. " + s },
		ShortYear: func(label, typed, full string, year int) string {
			return fmt.Sprintf("%s “%s” has a two-digit year: is it %d? It now reads %s; if right, press ctrl+s again, else correct the date.",
				label, typed, year, full)
		},
		DateHint: func(today string) string {
			return fmt.Sprintf("may stay empty: kinds, classes follow today, %s", today)
		},
	}
}
