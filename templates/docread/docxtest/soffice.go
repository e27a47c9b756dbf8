package docxtest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Convert converts src (a file) with LibreOffice headless into format
// ("docx", "fodt", or a filter spec like "docx:MS Word 2007 XML", without shell quotes) and
// an HTML source is first saved as ODT by Writer/Web (which cannot save
// DOCX itself). It
// returns the converted file's bytes. The test is skipped when soffice is
// not installed. Each call uses its own user profile, so parallel runs and
// a running LibreOffice do not interfere.
func Convert(t testing.TB, src, format string) []byte {
	t.Helper()
	bin, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice (soffice) is not installed")
	}
	if strings.HasSuffix(src, ".html") {
		odt := filepath.Join(t.TempDir(), strings.TrimSuffix(filepath.Base(src), ".html")+".odt")
		if err := os.WriteFile(odt, Convert(t, src+"#web", "odt:writerweb8_writer"), 0o644); err != nil {
			t.Fatal(err)
		}
		src = odt
	}
	src = strings.TrimSuffix(src, "#web")
	out := t.TempDir()
	profile := "file://" + filepath.ToSlash(t.TempDir())
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	args := []string{"-env:UserInstallation=" + profile, "--headless", "--norestore"}
	args = append(args, "--convert-to", format, "--outdir", out, src)
	cmd := exec.CommandContext(ctx, bin, args...)
	msg, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, msg)
	}
	ext := format
	if i := strings.IndexByte(ext, ':'); i >= 0 {
		ext = ext[:i]
	}
	name := strings.TrimSuffix(filepath.Base(src), filepath.Ext(src)) + "." + ext
	data, err := os.ReadFile(filepath.Join(out, name))
	if err != nil {
		t.Fatalf("soffice wrote no %s: %v\n%s", name, err, msg)
	}
	return data
}
