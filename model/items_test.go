package model

import (
	"reflect"
	"testing"
)

// TestSetTextBulletMarks: editing an imported draft's bullet list keeps
// each item's mark and punctuation as written; a draft started in baocao
// stores bare items, as before.
func TestSetTextBulletMarks(t *testing.T) {
	f := Field{ID: "ds", Kind: FieldBullets}
	text := "+ Thu ngân sách đạt 61% dự toán;\n\n  – Cấp 7 giấy chứng nhận \na) Giáo dục: khai giảng an toàn.\n- Lưu trữ hồ sơ;"
	tests := []struct {
		name     string
		imported bool
		want     []string
	}{
		{"imported", true, []string{"+ Thu ngân sách đạt 61% dự toán;", "– Cấp 7 giấy chứng nhận", "a) Giáo dục: khai giảng an toàn.", "- Lưu trữ hồ sơ;"}},
		{"started in baocao", false, []string{"Thu ngân sách đạt 61% dự toán", "– Cấp 7 giấy chứng nhận", "a) Giáo dục: khai giảng an toàn.", "Lưu trữ hồ sơ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Report{Imported: tt.imported}
			r.SetText(f, text)
			if got := r.Answers["ds"].Items; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("items %q, want %q", got, tt.want)
			}
			r.SetText(f, r.Text(f))
			if got := r.Answers["ds"].Items; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("after a second edit: %q", got)
			}
		})
	}
}
