package docread

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// Limits bound what a document may cost to read. The defaults take a
// several-hundred-page report with pictures and refuse zip bombs.
type Limits struct {
	// File is the largest input file in bytes.
	File int64
	// Part is the largest uncompressed zip part that is read; Total the
	// most read from all parts together.
	Part, Total int64
	// Ratio is the largest uncompressed/compressed ratio of a part over
	// 1 MiB (real Word XML stays under 30).
	Ratio int64
	// Entries is the most zip entries.
	Entries int
	// Depth is the deepest XML nesting; Elements the most XML elements in
	// one part.
	Depth, Elements int
}

// DefaultLimits are the limits Read uses.
var DefaultLimits = Limits{File: 64 << 20, Part: 48 << 20, Total: 96 << 20, Ratio: 200,
	Entries: 5000, Depth: 200, Elements: 2_000_000}

// Read reads a document by its name's extension (.docx, .txt, .md) and,
// whatever the name says, by its first bytes: a legacy .doc, a PDF, an
// encrypted Word file, an OpenDocument or RTF file gets an *Error saying to
// save it as .docx.
func Read(name string, data []byte) (Document, error) {
	return ReadLimited(name, data, DefaultLimits)
}

// ReadLimited is Read with explicit limits.
func ReadLimited(name string, data []byte, lim Limits) (Document, error) {
	if int64(len(data)) > lim.File {
		return Document{}, fail("tệp %s quá lớn (%d MB, tối đa %d MB); hãy tách tệp hoặc bỏ bớt hình ảnh rồi lưu lại", base(name), len(data)>>20, lim.File>>20)
	}
	if err := sniff(name, data); err != nil {
		return Document{}, err
	}
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")) || ext == ".docx" || ext == ".docm" || ext == ".dotx":
		return readDOCX(name, data, lim)
	case ext == ".md" || ext == ".markdown":
		return ReadText(data, true), nil
	case ext == ".txt" || ext == ".text" || ext == "":
		return ReadText(data, false), nil
	}
	return Document{}, fail("không đọc được tệp %s: baocao đọc được tệp Word .docx, tệp văn bản .txt và .md; hãy mở tệp bằng Word hoặc LibreOffice và lưu thành .docx", base(name))
}

var (
	oleMagic = []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}
	// encryptedMarker is "EncryptionInfo" in UTF-16LE, the stream an
	// encrypted OOXML file's compound container holds.
	encryptedMarker = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")
)

// sniff refuses the formats baocao cannot read, by their signature.
func sniff(name string, data []byte) error {
	n := base(name)
	switch {
	case bytes.HasPrefix(data, oleMagic) && bytes.Contains(data, encryptedMarker):
		return fail("tệp %s được đặt mật khẩu (mã hóa) nên không đọc được; hãy mở bằng Word, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu) rồi lưu lại thành .docx", n)
	case bytes.HasPrefix(data, oleMagic):
		return fail("tệp %s là tệp Word cũ (.doc) hoặc tệp Office cũ; hãy mở bằng Word hoặc LibreOffice và chọn Lưu thành (Save As) kiểu .docx rồi đọc lại", n)
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return fail("tệp %s là tệp PDF, không đọc được nội dung để soạn lại; hãy dùng bản Word (.docx) gốc của văn bản, hoặc mở PDF bằng Word rồi lưu thành .docx", n)
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return fail("tệp %s là tệp RTF; hãy mở bằng Word hoặc LibreOffice và lưu thành .docx", n)
	}
	return nil
}

func base(name string) string {
	if name == "" {
		return "đầu vào"
	}
	return filepath.Base(name)
}

// pkg is an opened DOCX zip with its read budget.
type pkg struct {
	name  string
	files map[string]*zip.File
	lim   Limits
	read  int64
}

func openPkg(name string, data []byte, lim Limits) (*pkg, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fail("tệp %s không phải tệp Word .docx hợp lệ hoặc đã bị hỏng (%v); hãy mở bằng Word và lưu lại thành .docx", base(name), err)
	}
	if len(zr.File) > lim.Entries {
		return nil, fail("tệp %s có quá nhiều thành phần (%d); đây không giống một văn bản Word thông thường, hãy lưu lại bằng Word", base(name), len(zr.File))
	}
	p := &pkg{name: name, files: map[string]*zip.File{}, lim: lim}
	for _, f := range zr.File {
		p.files[strings.TrimPrefix(path.Clean("/"+f.Name), "/")] = f
	}
	if _, ok := p.files["mimetype"]; ok && p.files["content.xml"] != nil {
		return nil, fail("tệp %s là văn bản OpenDocument (.odt); hãy mở bằng LibreOffice và lưu thành Word (.docx)", base(name))
	}
	if p.files["[Content_Types].xml"] == nil {
		return nil, fail("tệp %s là tệp nén nhưng không phải văn bản Word .docx; hãy mở văn bản bằng Word và lưu thành .docx", base(name))
	}
	return p, nil
}

// get reads a part, or returns nil when there is none. Sizes are checked
// while reading, not trusted from the zip's directory.
func (p *pkg) get(part string) ([]byte, error) {
	f := p.files[part]
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

func (p *pkg) tooBig(part string) error {
	return fail("tệp %s có phần %s giải nén ra quá lớn (có thể là tệp hỏng hoặc tệp độc hại); hãy mở bằng Word, kiểm tra nội dung rồi lưu lại thành .docx", base(p.name), part)
}

func (p *pkg) broken(part string, err error) error {
	return fail("tệp %s bị hỏng ở phần %s (%v); hãy mở bằng Word, để Word sửa tệp rồi lưu lại thành .docx", base(p.name), part, err)
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

func itoa(n int) string { return strconv.Itoa(n) }
