package docread

import (
	"path"
	"sort"
	"strings"
)

// Package is an opened Word file whose parts are read raw, under the same
// checks as Read: the refused formats, the entry count, the per-part and
// total size budgets and the compression ratio. It is for callers that
// need XML Read does not keep (page setup, run properties), such as the
// form checker.
type Package struct {
	p *pkg
}

// Open opens a Word file's zip for raw reading; a file Read refuses gets
// the same *Error.
func Open(name string, data []byte) (*Package, error) {
	return OpenLimited(name, data, DefaultLimits)
}

// OpenLimited is Open with explicit limits.
func OpenLimited(name string, data []byte, lim Limits) (*Package, error) {
	if int64(len(data)) > lim.File {
		return nil, fail("tệp %s quá lớn (%d MB, tối đa %d MB); hãy tách tệp hoặc bỏ bớt hình ảnh rồi lưu lại", base(name), len(data)>>20, lim.File>>20)
	}
	if err := sniff(name, data); err != nil {
		return nil, err
	}
	p, err := openPkg(name, data, lim)
	if err != nil {
		return nil, err
	}
	return &Package{p: p}, nil
}

// Main returns the name of the main document part (word/document.xml in a
// file Word wrote).
func (k *Package) Main() string { return k.p.mainPart() }

// Related returns the part names the main part refers to by relationship
// kind ("styles", "numbering", "footnotes", "endnotes").
func (k *Package) Related() (map[string]string, error) { return k.p.rels(k.p.mainPart()) }

// Part returns a part's bytes, nil when there is none; reading past the
// budgets is an *Error.
func (k *Package) Part(name string) ([]byte, error) { return k.p.get(name) }

// Names returns every part name (folders left out), sorted.
func (k *Package) Names() []string {
	out := make([]string, 0, len(k.p.files))
	for n, f := range k.p.files {
		if !f.FileInfo().IsDir() {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// Relationship is one internal relationship of the main part: its ID, its
// kind (the last segment of its type: "styles", "theme", "header") and
// the part it points to.
type Relationship struct {
	ID, Kind, Target string
}

// Relationships lists the main part's internal relationships; a missing
// relationships part is none.
func (k *Package) Relationships() ([]Relationship, error) {
	main := k.p.mainPart()
	dir, file := path.Split(main)
	root, err := k.p.tree(dir+"_rels/"+file+".rels", k.p.lim)
	if err != nil || root == nil {
		return nil, err
	}
	var out []Relationship
	for _, r := range root.path("x:Relationships").kids {
		if r.attr1("TargetMode") == "External" {
			continue
		}
		t := r.attr1("Type")
		out = append(out, Relationship{ID: r.attr1("Id"), Kind: t[strings.LastIndex(t, "/")+1:], Target: resolveTarget(dir, r.attr1("Target"))})
	}
	return out, nil
}
