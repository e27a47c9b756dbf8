package ui

import (
	"reflect"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/baocao/baocao/model"
	"github.com/baocao/baocao/ui/common"
)

// TestStringsComplete checks that both languages set every text and every
// function, in NFC.
func TestStringsComplete(t *testing.T) {
	for name, s := range map[string]common.Strings{"vi": common.Vietnamese(), "en": common.English()} {
		v := reflect.ValueOf(s)
		for i := range v.NumField() {
			f := v.Field(i)
			field := v.Type().Field(i).Name
			switch f.Kind() {
			case reflect.String:
				if f.String() == "" {
					t.Errorf("%s: %s is empty", name, field)
				}
				if !norm.NFC.IsNormalString(f.String()) || !utf8.ValidString(f.String()) {
					t.Errorf("%s: %s is not NFC UTF-8", name, field)
				}
			case reflect.Func:
				if f.IsNil() {
					t.Errorf("%s: %s is nil", name, field)
				}
			}
		}
	}
}

func TestStringsFunctions(t *testing.T) {
	vi := common.Vietnamese()
	at := time.Date(2026, 11, 23, 14, 32, 5, 0, time.UTC)
	tests := []struct{ got, want string }{
		{vi.SavedAt(at), "Đã lưu 14:32:05"},
		{vi.Ago(30*time.Second, at), "vừa xong"},
		{vi.Ago(2*time.Minute, at), "2 phút trước"},
		{vi.Ago(3*time.Hour, at), "3 giờ trước"},
		{vi.Ago(30*time.Hour, at), "hôm qua"},
		{vi.Ago(72*time.Hour, at), "3 ngày trước"},
		{vi.Ago(60*24*time.Hour, at), "23/11/2026"},
		{vi.ProblemCount(2, 1), "2 lỗi, 1 cảnh báo"},
		{vi.ProblemCount(0, 0), ""},
		{vi.DefaultIssuer(model.ProfileState, model.KindWard, "Phổ Minh"), "Ủy ban nhân dân phường Phổ Minh"},
		{vi.DefaultIssuer(model.ProfileParty, model.KindCommune, "Tân Lập"), "Đảng ủy xã Tân Lập"},
		{vi.KindName(model.KindTownlet), "Thị trấn"},
		{common.English().SavedAt(at), "Saved 14:32:05"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
