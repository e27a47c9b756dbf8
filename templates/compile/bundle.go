package compile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/baocao/baocao/model"
)

// bundleFormats are the bundle forms read here (store.BundleFormat and
// store.BundleFormatV1; a test keeps them in step): each draft's id, uid,
// modified and report are read without a drafts store, each on its own.
var bundleFormats = []string{"baocao/bundle@2", "baocao/bundle@1"}

// leadingFormat is the "format" of a JSON object when it is the object's
// first key (as baocao writes it), read from the start of the data only;
// "" otherwise.
func leadingFormat(head []byte) string {
	dec := json.NewDecoder(bytes.NewReader(head))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return ""
	}
	if key, err := dec.Token(); err != nil || key != "format" {
		return ""
	}
	v, _ := dec.Token()
	s, _ := v.(string)
	return s
}

// formatOf returns the "format" of a JSON object, cheaply when it is the
// first key, else by decoding the whole object; "" when there is none.
func formatOf(data []byte) string {
	if f := leadingFormat(data); f != "" {
		return f
	}
	var head struct {
		Format string `json:"format"`
	}
	if json.Unmarshal(data, &head) != nil {
		return ""
	}
	return head.Format
}

type bundleDraft struct {
	ID       string          `json:"id"`
	UID      string          `json:"uid"`
	Modified time.Time       `json:"modified"`
	Report   json.RawMessage `json:"report"`
}

// bundle sends a bundle's drafts as jobs, one at a time as they are
// decoded from r. A broken draft is skipped alone. The bundle is refused
// as a whole for the causes "baocao bundle import" refuses it for, so that
// both read the same drafts from it: a key written twice (in the bundle or
// in a draft), one uid on two drafts, broken JSON, data after the bundle.
func (sc *scanner) bundle(f *fileState, r io.Reader, format string, jobs chan<- job) {
	if !slices.Contains(bundleFormats, format) {
		sc.skip(f, f.name, fmt.Errorf("gói theo dạng %q, bản baocao này chỉ đọc %s; hãy cập nhật baocao", format, strings.Join(bundleFormats, ", ")))
		return
	}
	lr := &lineReader{r: r}
	if err := sc.drafts(f, lr, json.NewDecoder(lr), jobs); err != nil {
		sc.refuse(f, fmt.Errorf("gói bản nháp không dùng được: %v; \"baocao bundle import\" cũng không nhận gói này; hãy xuất lại gói bằng \"baocao bundle export\"", err))
	}
}

// drafts decodes the bundle object, sending its drafts.
func (sc *scanner) drafts(f *fileState, lr *lineReader, dec *json.Decoder, jobs chan<- job) error {
	if err := lr.delim(dec, '{', "gói phải là một đối tượng JSON"); err != nil {
		return err
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return lr.streamError(dec, err)
		}
		key, _ := tok.(string)
		for _, k := range keys {
			if strings.EqualFold(k, key) {
				return &model.FormatError{Line: lr.lineOf(dec, dec.InputOffset()), Msg: fmt.Sprintf("khóa %q có hai lần trong gói; gói do baocao tạo ra không như vậy (có thể đã bị sửa tay)", key)}
			}
		}
		keys = append(keys, key)
		if strings.EqualFold(key, "drafts") {
			err = sc.draftList(f, lr, dec, jobs)
		} else {
			var skip json.RawMessage
			err = lr.streamError(dec, dec.Decode(&skip))
		}
		if err != nil {
			return err
		}
	}
	if err := lr.delim(dec, '}', "gói không kết thúc đúng"); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("có dữ liệu thừa sau gói")
	}
	return nil
}

// draftList sends every draft of the "drafts" list.
func (sc *scanner) draftList(f *fileState, lr *lineReader, dec *json.Decoder, jobs chan<- job) error {
	if err := lr.delim(dec, '[', "trường \"drafts\" phải là danh sách bản nháp"); err != nil {
		return err
	}
	for i := 0; dec.More(); i++ {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return lr.streamError(dec, err)
		}
		first := lr.lineOf(dec, dec.InputOffset()) - bytes.Count(raw, newline)
		sc.send(jobs, job{file: f, seq: i, name: fmt.Sprintf("%s (bản nháp thứ %d)", f.name, i+1), data: raw, bundled: true, line: first})
	}
	return lr.delim(dec, ']', "danh sách bản nháp không kết thúc đúng")
}

// unbundle reads one bundled draft, in a worker: its keys checked as
// "bundle import" checks them, its uid not seen before in the bundle, its
// report's JSON. ok is false when the draft was skipped or the bundle
// refused.
func (sc *scanner) unbundle(j *job) (ok bool) {
	if err := model.CheckKeys(j.data); err != nil {
		sc.refuse(j.file, fmt.Errorf("bản nháp thứ %d trong gói: %w", j.seq+1, atLine(err, j.line)))
		return false
	}
	var d bundleDraft
	if err := json.Unmarshal(j.data, &d); err != nil {
		sc.skip(j.file, j.name, fmt.Errorf("bản nháp hỏng: %w", draftCause(j.data, j.line, err)))
		return false
	}
	if d.ID != "" {
		j.name = fmt.Sprintf("%s (bản nháp %s)", j.file.name, model.CleanLine(d.ID))
	}
	if uid := strings.ToLower(d.UID); validUID(uid) {
		if other, dup := sc.sameUID(j.file, uid, j.seq); dup {
			first, second := min(other, j.seq)+1, max(other, j.seq)+1
			sc.refuse(j.file, fmt.Errorf("bản nháp thứ %d và thứ %d trong gói có cùng uid %q; gói do baocao tạo ra không như vậy (có thể đã bị sửa tay)", first, second, uid))
			return false
		}
	}
	if t := bytes.TrimSpace(d.Report); len(t) == 0 || t[0] != '{' {
		sc.skip(j.file, j.name, &model.FormatError{Line: j.line, Msg: "thiếu trường \"report\" hoặc nó không phải một báo cáo"})
		return false
	}
	if at := bytes.Index(j.data, d.Report); at > 0 {
		j.line += bytes.Count(j.data[:at], newline)
	}
	j.data, j.received = d.Report, d.Modified
	return true
}

// validUID reports whether s is a draft uid as the store writes it: 32
// lower-case hexadecimal digits.
func validUID(s string) bool {
	if len(s) != 32 {
		return false
	}
	for _, c := range s {
		if !strings.ContainsRune("0123456789abcdef", c) {
			return false
		}
	}
	return true
}

func (l *lineReader) delim(dec *json.Decoder, want json.Delim, msg string) error {
	tok, err := dec.Token()
	if err != nil {
		return l.streamError(dec, err)
	}
	if tok != want {
		return &model.FormatError{Line: l.lineOf(dec, dec.InputOffset()), Msg: msg}
	}
	return nil
}
