package formcheck

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/templates/docread"
)

// sharedSyllables finds the project's shared syllable list: a
// "shared/data/syllables-vi.tsv" beside one of the checkout's parents.
func sharedSyllables() string {
	dir, _ := filepath.Abs(".")
	for range 6 {
		name := filepath.Join(dir, "shared", "data", "syllables-vi.tsv")
		if _, err := os.Stat(name); err == nil {
			return name
		}
		dir = filepath.Dir(dir)
	}
	return ""
}

// TestEverySharedSyllableAttested: the list the writing check asks
// (docread.Attested) holds every syllable of the shared list, down to the
// rarest counted, not only its most frequent ones.
func TestEverySharedSyllableAttested(t *testing.T) {
	name := sharedSyllables()
	if name == "" {
		t.Skip("shared/data/syllables-vi.tsv not found beside the checkout")
	}
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, missing := 0, []string{}
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		word, _, _ := strings.Cut(line, "\t")
		n++
		if !docread.Attested(word) {
			missing = append(missing, word)
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d of %d shared syllables not attested, e.g. %q", len(missing), n, missing[:min(10, len(missing))])
	}
}
