package compile

import (
	"archive/zip"
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// sheet is one sheet of the workbook: its name, its columns (the header
// row) and its body, the rows after the header, written at the moment the
// workbook is written out.
type sheet struct {
	name string
	cols []column
	body func(rowSink) error
}

// writeSheets writes the workbook f with the sheets to w: the skeleton
// by excelize, each sheet's body streamed into it (see splice).
func writeSheets(f *excelize.File, st styles, sheets []sheet, w io.Writer) error {
	if err := skeleton(f, st, sheets); err != nil {
		return err
	}
	parts, err := sheetParts(f, sheets)
	if err != nil {
		return err
	}
	var skel bytes.Buffer
	if _, err := f.WriteTo(&skel); err != nil {
		return err
	}
	return splice(skel.Bytes(), w, parts)
}

// skeleton makes the sheets in f without their bodies: column widths,
// frozen header rows, headers.
func skeleton(f *excelize.File, st styles, sheets []sheet) error {
	for i, s := range sheets {
		var err error
		if i == 0 {
			err = f.SetSheetName("Sheet1", s.name)
		} else {
			_, err = f.NewSheet(s.name)
		}
		if err != nil {
			return err
		}
		sw, err := f.NewStreamWriter(s.name)
		if err != nil {
			return err
		}
		if err := start(sw, st, s.cols); err != nil {
			return fmt.Errorf("trang %q: %w", s.name, err)
		}
		if err := sw.Flush(); err != nil {
			return err
		}
	}
	return nil
}

// splice copies the skeleton's zip entries to w in order, writing each
// sheet's body into its part just before "</sheetData>": parts names the
// sheets' parts ("xl/worksheets/sheet1.xml").
func splice(skel []byte, w io.Writer, parts map[string]sheet) error {
	zr, err := zip.NewReader(bytes.NewReader(skel), int64(len(skel)))
	if err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	for _, e := range zr.File {
		s, ok := parts[e.Name]
		if !ok {
			if err := zw.Copy(e); err != nil {
				return err
			}
			continue
		}
		delete(parts, e.Name)
		if err := writePart(zw, e, s); err != nil {
			return fmt.Errorf("trang %q: %w", s.name, err)
		}
	}
	for name := range parts {
		return fmt.Errorf("bảng tính thiếu phần %s", name)
	}
	return zw.Close()
}

// writePart writes a sheet's part with its body spliced in.
func writePart(zw *zip.Writer, e *zip.File, s sheet) error {
	rc, err := e.Open()
	if err != nil {
		return err
	}
	xml, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		return err
	}
	end := bytes.LastIndex(xml, []byte("</sheetData>"))
	if end < 0 {
		return fmt.Errorf("phần %s không có sheetData", e.Name)
	}
	out, err := zw.CreateHeader(&zip.FileHeader{Name: e.Name, Method: e.Method})
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(out, 64<<10)
	bw.Write(xml[:end])
	if err := s.body(&rowWriter{w: bw, last: 1}); err != nil {
		return err
	}
	bw.Write(xml[end:])
	return bw.Flush()
}

// sheetParts names the parts of the sheets excelize made in f.
func sheetParts(f *excelize.File, sheets []sheet) (map[string]sheet, error) {
	ids := map[string]int{}
	for id, name := range f.GetSheetMap() {
		ids[name] = id
	}
	parts := make(map[string]sheet, len(sheets))
	for _, s := range sheets {
		id, ok := ids[s.name]
		if !ok {
			return nil, fmt.Errorf("bảng tính thiếu trang %q", s.name)
		}
		parts["xl/worksheets/sheet"+strconv.Itoa(id)+".xml"] = s
	}
	return parts, nil
}
