package docread

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/baocao/baocao/model"
)

// Limits bound what a document may cost to read. The defaults take a
// several-hundred-page report with pictures and refuse zip bombs and
// documents that amplify on reading; every refusal is an *Error in
// Vietnamese saying what to do.
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
	// Text is the most text, in bytes, the whole document may produce,
	// counting every time a text is produced: a footnote cited 400 times
	// or a numbering text shown on 400 paragraphs counts 400 times.
	Text int64
	// Paras is the most paragraphs a document may have; ParaLen the most
	// characters in one paragraph, which is what one field of a report
	// holds (model.MaxFieldLen); Runs the most runs in one paragraph.
	Paras, ParaLen, Runs int
}

// DefaultLimits are the limits Read uses: a 64 MB file, 48 MB per part and
// 96 MB in all unzipped, 16 MB of text, 100,000 paragraphs of at most
// 200,000 characters and 50,000 runs each.
var DefaultLimits = Limits{File: 64 << 20, Part: 48 << 20, Total: 96 << 20, Ratio: 200,
	Entries: 5000, Depth: 200, Elements: 2_000_000,
	Text: 16 << 20, Paras: 100_000, ParaLen: model.MaxFieldLen, Runs: 50_000}

// Read reads a document by its name's extension (.docx, .txt, .md) and,
// whatever the name says, by its first bytes: a legacy .doc, a PDF, an
// encrypted Word file, an OpenDocument or RTF file gets an *Error saying to
// save it as .docx.
func Read(name string, data []byte) (Document, error) {
	return ReadLimited(name, data, DefaultLimits)
}

// ReadLimited is Read with explicit limits.
func ReadLimited(name string, data []byte, lim Limits) (Document, error) {
	if err := checkFile(name, data, lim); err != nil {
		return Document{}, err
	}
	doc, err := readAny(name, data, lim)
	if err == nil && len(doc.Paras) == 0 {
		err = fail("tệp %s không có chữ nào để đọc (tệp rỗng hoặc chỉ có hình, khoảng trắng); hãy kiểm tra đúng tệp chưa, mở bằng Word xem nội dung rồi lưu lại", base(name))
	}
	if err != nil {
		return Document{}, err
	}
	return doc, nil
}

// readAny reads a document by its signature and extension.
func readAny(name string, data []byte, lim Limits) (Document, error) {
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")) || ext == ".docx" || ext == ".docm" || ext == ".dotx":
		return readDOCX(name, data, lim)
	case ext == ".md" || ext == ".markdown":
		return readText(name, data, true, lim)
	case ext == ".txt" || ext == ".text" || ext == "":
		return readText(name, data, false, lim)
	}
	return Document{}, fail("không đọc được tệp %s: baocao đọc được tệp Word .docx, tệp văn bản .txt và .md; hãy mở tệp bằng Word hoặc LibreOffice và lưu thành .docx", base(name))
}

var (
	oleMagic = []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}
	// encryptedMarker is "EncryptionInfo" in UTF-16LE, the stream an
	// encrypted OOXML file's compound container holds.
	encryptedMarker = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")
)

// checkFile refuses a file over the size limit or in a format baocao
// cannot read.
func checkFile(name string, data []byte, lim Limits) error {
	if int64(len(data)) > lim.File {
		return fail("tệp %s quá lớn (%d MB, tối đa %d MB); hãy tách tệp hoặc bỏ bớt hình ảnh rồi lưu lại", base(name), len(data)>>20, lim.File>>20)
	}
	return sniff(name, data)
}

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

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

func itoa(n int) string { return strconv.Itoa(n) }
