package compile

import (
	"strings"
	"unicode"

	"github.com/baocao/baocao/model"
)

// ParseExpected reads the list of units expected to report: one name a
// line, as typed or pasted from a spreadsheet. Blank lines and lines
// starting with "#" are skipped; a byte-order mark, a leading number
// ("12.", "12)", "12" and a tab) or bullet, and anything after a tab are
// dropped; a name repeated (compared as Compile matches units) is kept once.
func ParseExpected(data []byte) []string {
	text := strings.TrimPrefix(string(data), "\uFEFF")
	seen := map[string]bool{}
	var out []string
	for _, line := range strings.Split(text, "\n") {
		name := expectedName(line)
		if name == "" || seen[fold(name)] {
			continue
		}
		seen[fold(name)] = true
		out = append(out, name)
	}
	return out
}

func expectedName(line string) string {
	line = strings.TrimSpace(strings.TrimSuffix(line, "\r"))
	if strings.HasPrefix(line, "#") {
		return ""
	}
	if rest := strings.TrimLeft(line, "0123456789"); rest != line && strings.ContainsAny(rest[:min(len(rest), 1)], ".)\t ") {
		line = rest
	}
	line = strings.TrimLeft(line, ".)-–•*+ \t")
	if i := strings.IndexByte(line, '\t'); i >= 0 {
		line = line[:i]
	}
	return model.CleanLine(line)
}

// fold is the key names are compared by: NFC, lower case, single spaces.
func fold(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(model.CleanLine(s)), unicode.IsSpace), " ")
}
