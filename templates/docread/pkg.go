package docread

import (
	"archive/zip"
	"bytes"
	"io"
	"net/url"
	"path"
	"sort"
	"strings"
)

// Package is an opened Word package (OPC zip), the one entry point for
// reading a DOCX safely: every part has one canonical name, found as Word
// finds it (case-insensitive, percent-decoded), and a package that names a
// part twice, or names one with a path trick ("../", "./", "//", "\",
// a leading "/"), is refused, so what is read is what Word shows. Reads are
// bounded by Limits.
type Package struct {
	name  string
	parts map[string]*zip.File // canonical (lower-case, decoded) name → entry
	types contentTypes
	lim   Limits
	read  int64
	notes []string // parts converted or repaired, for Document.Converted
	main  string   // the canonical name of the main document part
}

// contentTypes is [Content_Types].xml: overrides by canonical part name,
// defaults by lower-case extension.
type contentTypes struct {
	override, byExt map[string]string
}

// mainTypes are the content types Word opens as a document's main part.
var mainTypes = []string{
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
	"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
	"application/vnd.ms-word.document.macroEnabled.main+xml",
	"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}

// Open opens a Word file held in data for reading its parts; a file Read
// refuses gets the same *Error. name is only used in messages.
func Open(name string, data []byte) (*Package, error) {
	return OpenLimited(name, data, DefaultLimits)
}

// OpenLimited is Open with explicit limits.
func OpenLimited(name string, data []byte, lim Limits) (*Package, error) {
	if err := checkFile(name, data, lim); err != nil {
		return nil, err
	}
	return openPackage(name, data, lim)
}

// Main returns the name of the main document part as the zip writes it
// (word/document.xml in a file Word wrote).
func (p *Package) Main() string { return p.written(p.main) }

// Names returns the name of every part as the zip writes it, sorted; Part
// finds each (and finds it in any case).
func (p *Package) Names() []string {
	out := make([]string, 0, len(p.parts))
	for _, f := range p.parts {
		out = append(out, f.Name)
	}
	sort.Strings(out)
	return out
}

// written returns the name a part is written under in the zip, or its
// canonical name when the package has no such part.
func (p *Package) written(canon string) string {
	if f := p.parts[canon]; f != nil {
		return f.Name
	}
	return canon
}

// Related returns the parts the main part refers to, by relationship kind
// (the last word of its type: "styles", "numbering", "footnotes",
// "theme" …; the first of a kind), external targets left out.
func (p *Package) Related() (map[string]string, error) {
	rels, err := p.Relationships()
	out := map[string]string{}
	for _, r := range rels {
		if _, seen := out[r.Kind]; !seen {
			out[r.Kind] = r.Target
		}
	}
	return out, err
}

// Relationship is one of the main part's relationships: its ID, its kind
// (the last segment of its type: "styles", "theme", "header") and the
// name of the part it points to.
type Relationship struct {
	ID, Kind, Target string
}

func openPackage(name string, data []byte, lim Limits) (*Package, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fail("tệp %s không phải tệp Word .docx hợp lệ hoặc đã bị hỏng (%v); hãy mở bằng Word và lưu lại thành .docx", base(name), err)
	}
	if len(zr.File) > lim.Entries {
		return nil, fail("tệp %s có quá nhiều thành phần (%d); đây không giống một văn bản Word thông thường, hãy lưu lại bằng Word", base(name), len(zr.File))
	}
	p := &Package{name: name, parts: map[string]*zip.File{}, lim: lim}
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, "/") && f.UncompressedSize64 == 0 {
			continue // a folder entry some zip tools add
		}
		key, ok := canonical(f.Name)
		if !ok {
			return nil, p.trick("có thành phần mang tên bất thường %q", f.Name)
		}
		if p.parts[key] != nil {
			return nil, p.trick("có hai thành phần cùng tên %q", f.Name)
		}
		p.parts[key] = f
	}
	if p.parts["mimetype"] != nil && p.parts["content.xml"] != nil {
		return nil, fail("tệp %s là văn bản OpenDocument (.odt); hãy mở bằng LibreOffice và lưu thành Word (.docx)", base(name))
	}
	if p.parts["[content_types].xml"] == nil {
		return nil, fail("tệp %s là tệp nén nhưng không phải văn bản Word .docx; hãy mở văn bản bằng Word và lưu thành .docx", base(name))
	}
	if err := p.readTypes(); err != nil {
		return nil, err
	}
	if err := p.findMain(); err != nil {
		return nil, err
	}
	return p, nil
}

// canonical returns the name Word knows a zip entry by: percent-decoded
// and lower-cased; ok is false for a name no Word package may hold.
func canonical(name string) (string, bool) {
	dec, err := url.PathUnescape(name)
	if err != nil || dec == "" || strings.ContainsAny(dec, "\\\x00") || strings.HasPrefix(dec, "/") {
		return "", false
	}
	for _, seg := range strings.Split(dec, "/") {
		if seg == "" || seg == "." || seg == ".." {
			return "", false
		}
	}
	return strings.ToLower(dec), true
}

func (p *Package) trick(format string, args ...any) error {
	return fail("tệp %s "+format+", Word không nhận nên baocao cũng không đọc; hãy mở tệp bằng Word, kiểm tra rồi lưu lại thành .docx",
		append([]any{base(p.name)}, args...)...)
}

// readTypes reads [Content_Types].xml.
func (p *Package) readTypes() error {
	root, err := p.tree("[Content_Types].xml")
	if err != nil {
		return err
	}
	p.types = contentTypes{override: map[string]string{}, byExt: map[string]string{}}
	if root == nil {
		return nil
	}
	for _, t := range root.path("x:Types").kids {
		switch t.name {
		case "x:Override":
			if key, ok := canonical(strings.TrimPrefix(t.attr1("PartName"), "/")); ok {
				p.types.override[key] = t.attr1("ContentType")
			}
		case "x:Default":
			p.types.byExt[strings.ToLower(t.attr1("Extension"))] = t.attr1("ContentType")
		}
	}
	return nil
}

// contentType returns a part's declared content type.
func (p *Package) contentType(part string) string {
	if ct, ok := p.types.override[part]; ok {
		return ct
	}
	return p.types.byExt[strings.TrimPrefix(path.Ext(part), ".")]
}

// findMain sets main to the officeDocument target of _rels/.rels
// (word/document.xml when the package has no relationships), and refuses a
// main part that is missing or not declared a Word document.
func (p *Package) findMain() error {
	p.main = "word/document.xml"
	root, err := p.tree("_rels/.rels")
	if err != nil {
		return err
	}
	for _, r := range root.path("x:Relationships").children() {
		if strings.HasSuffix(r.attr1("Type"), "/officeDocument") && r.attr1("TargetMode") != "External" {
			t, ok := resolveTarget("", r.attr1("Target"))
			if !ok {
				return p.trick("trỏ tới phần thân văn bản bằng đường dẫn bất thường %q", r.attr1("Target"))
			}
			p.main = t
			break
		}
	}
	if p.parts[p.main] == nil {
		return fail("tệp %s không có phần thân văn bản (%s); hãy mở bằng Word và lưu lại thành .docx", base(p.name), p.main)
	}
	ct := p.contentType(p.main)
	for _, t := range mainTypes {
		if strings.EqualFold(ct, t) {
			return nil
		}
	}
	return p.trick("khai báo phần thân %s là %q chứ không phải văn bản Word", p.main, ct)
}

// resolveTarget resolves a relationship target against the folder of its
// source part, as a canonical part name; ok is false when the target is
// empty or leaves the package.
func resolveTarget(dir, target string) (string, bool) {
	t, err := url.PathUnescape(target)
	if err != nil || strings.ContainsAny(t, "\\\x00") {
		return "", false
	}
	if strings.HasPrefix(t, "/") {
		t = t[1:]
	} else {
		t = dir + t
	}
	var segs []string
	for _, seg := range strings.Split(t, "/") {
		switch seg {
		case "", ".":
		case "..":
			if len(segs) == 0 {
				return "", false
			}
			segs = segs[:len(segs)-1]
		default:
			segs = append(segs, seg)
		}
	}
	if len(segs) == 0 {
		return "", false
	}
	return strings.ToLower(strings.Join(segs, "/")), true
}

// Part reads the part with the canonical name, or returns nil when there is
// none. Sizes are checked while reading, not trusted from the zip's
// directory.
func (p *Package) Part(part string) ([]byte, error) {
	f := p.parts[strings.ToLower(part)]
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > uint64(p.lim.Part) {
		return nil, p.tooBig(part)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, p.broken(part, err)
	}
	defer rc.Close()
	limit := min(p.lim.Part, p.lim.Total-p.read)
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, p.broken(part, err)
	}
	if int64(len(data)) > limit {
		return nil, p.tooBig(part)
	}
	p.read += int64(len(data))
	if len(data) > 1<<20 && f.CompressedSize64 > 0 && uint64(len(data))/f.CompressedSize64 > uint64(p.lim.Ratio) {
		return nil, p.tooBig(part)
	}
	return data, nil
}

// Relationships lists the main part's internal relationships; a missing
// relationships part is none, a target outside the package an *Error.
func (p *Package) Relationships() ([]Relationship, error) {
	dir, file := path.Split(p.main)
	root, err := p.tree(dir + "_rels/" + file + ".rels")
	if err != nil || root == nil {
		return nil, err
	}
	var out []Relationship
	for _, r := range root.path("x:Relationships").kids {
		if r.attr1("TargetMode") == "External" {
			continue
		}
		target, ok := resolveTarget(dir, r.attr1("Target"))
		if !ok {
			return nil, p.trick("có liên kết tới phần %q nằm ngoài tệp", r.attr1("Target"))
		}
		t := r.attr1("Type")
		out = append(out, Relationship{ID: r.attr1("Id"), Kind: t[strings.LastIndex(t, "/")+1:], Target: p.written(target)})
	}
	return out, nil
}

// tree reads and parses a part; a missing part is nil without error.
func (p *Package) tree(part string) (*node, error) {
	data, err := p.Part(part)
	if err != nil || data == nil {
		return nil, err
	}
	text, enc, bad, ok := decodeBytes(data)
	if !ok {
		return nil, fail("tệp %s có phần %s không ở bảng mã UTF-8 như Word ghi (%d chỗ hỏng) và không đọc được chắc chắn ở bảng mã khác; hãy mở tệp bằng Word, kiểm tra chữ rồi lưu lại thành .docx", base(p.name), part, bad)
	}
	if enc != "" {
		p.notes = append(p.notes, "phần "+part+" ở bảng mã "+enc)
	}
	if bad > 0 {
		p.notes = append(p.notes, sprintf("%d byte hỏng trong phần %s thay bằng dấu \uFFFD", bad, part))
	}
	root, err := parseXML(text, p.lim)
	if err != nil {
		return nil, fail("tệp %s bị hỏng hoặc không an toàn ở phần %s (%v); hãy mở bằng Word, kiểm tra rồi lưu lại thành .docx", base(p.name), part, err)
	}
	return root, nil
}

func (p *Package) tooBig(part string) error {
	return fail("tệp %s có phần %s giải nén ra quá lớn (có thể là tệp hỏng hoặc tệp độc hại); hãy mở bằng Word, kiểm tra nội dung rồi lưu lại thành .docx", base(p.name), part)
}

func (p *Package) broken(part string, err error) error {
	return fail("tệp %s bị hỏng ở phần %s (%v); hãy mở bằng Word, để Word sửa tệp rồi lưu lại thành .docx", base(p.name), part, err)
}
