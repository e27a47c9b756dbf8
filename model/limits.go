package model

// MaxFieldLen is the most characters (runes, a line feed counting as one)
// one field of a report holds, typed or imported: ten times the longest
// real section. The editor refuses typing past it and the document reader
// refuses a paragraph longer than it.
const MaxFieldLen = 200_000
