// Package diff compares two reports the way a clerk reads them: section by
// section in the outline's order, paragraph by paragraph within a field,
// and word by word within a paragraph that changed. It is pure (no I/O):
// the history screen, the CLI and the store's change summaries call it.
//
// Reports gives a Diff: the sections touched, each with its changed
// paragraphs (Para) as runs of kept, inserted and deleted text (Part), and
// the characters added and removed. Diff.Summary says it in one
// Vietnamese line ("sửa 2 mục (I.1, III.2) · thêm 120, bớt 34 ký tự").
//
// Both levels use a longest-common-subsequence match after trimming the
// common head and tail. The table is bounded (maxCells): beyond it, the
// differing middle is reported as replaced as a whole, so a comparison of
// very long texts stays quick and is still correct, only coarser.
package diff
