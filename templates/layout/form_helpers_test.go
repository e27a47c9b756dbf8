package layout

import (
	"fmt"
	"strings"

	"github.com/baocao/baocao/model"
)

func cut(s string) (string, string, bool) {
	k, v, ok := strings.Cut(s, ":")
	return strings.TrimSpace(k), strings.TrimSpace(v), ok
}

func cutComma(s string) (string, string, bool) {
	k, v, ok := strings.Cut(s, ",")
	return strings.TrimSpace(k), strings.TrimSpace(v), ok
}

func parseNumber(s string, n, typ, body *string) bool {
	rest, ok := strings.CutPrefix(s, "Số ")
	if !ok {
		return false
	}
	num, codes, ok := strings.Cut(rest, "-")
	if !ok {
		return false
	}
	t, b, ok := strings.Cut(codes, "/")
	*n, *typ, *body = num, t, b
	return ok
}

func trimZero(s string) string {
	if t := strings.TrimLeft(s, "0"); t != "" {
		return t
	}
	return s
}

// parseDateLine reads "ngày 03 tháng 02 năm 2026".
func parseDateLine(s string) (model.Date, bool) {
	var d model.Date
	_, err := fmt.Sscanf(s, "ngày %d tháng %d năm %d", &d.Day, &d.Month, &d.Year)
	return d, err == nil && d.Valid()
}
