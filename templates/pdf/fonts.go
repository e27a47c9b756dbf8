package pdf

import (
	"embed"

	"codeberg.org/go-pdf/fpdf"
)

//go:embed fonts/*.ttf fonts/OFL.txt
var fonts embed.FS

// family is the font family name inside the PDF.
const family = "LiberationSerif"

// fontFiles maps fpdf style strings to the embedded font files.
var fontFiles = map[string]string{
	"":   "fonts/LiberationSerif-Regular.ttf",
	"B":  "fonts/LiberationSerif-Bold.ttf",
	"I":  "fonts/LiberationSerif-Italic.ttf",
	"BI": "fonts/LiberationSerif-BoldItalic.ttf",
}

// addFonts registers the four styles with the document.
func addFonts(f *fpdf.Fpdf) {
	for _, style := range []string{"", "B", "I", "BI"} {
		data, err := fonts.ReadFile(fontFiles[style])
		if err != nil {
			f.SetError(err)
			return
		}
		f.AddUTF8FontFromBytes(family, style, data)
	}
}

// License returns the text of the fonts' licence (SIL Open Font License
// 1.1), to ship with the program.
func License() string {
	data, _ := fonts.ReadFile("fonts/OFL.txt")
	return string(data)
}
