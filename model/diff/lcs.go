package diff

// maxCells bounds the LCS table (rows × columns) so that comparing two
// very long texts stays fast and small; beyond it the middle that differs
// is reported as deleted and inserted whole.
const maxCells = 1 << 20

// edit is one step of an edit script: keep a[A] (== b[B]), delete a[A] or
// insert b[B].
type edit struct {
	op   Op
	a, b int
}

// script returns an edit script turning a into b: equal elements in a
// longest common subsequence, deletions before insertions within a gap.
func script[T comparable](a, b []T) []edit {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	out := make([]edit, 0, len(a)+len(b))
	for i := range pre {
		out = append(out, edit{Equal, i, i})
	}
	out = append(out, middle(a[pre:len(a)-suf], b[pre:len(b)-suf], pre)...)
	for k := suf; k > 0; k-- {
		out = append(out, edit{Equal, len(a) - k, len(b) - k})
	}
	return out
}

// middle diffs the parts between the common head and tail; off is their
// offset in the whole slices.
func middle[T comparable](a, b []T, off int) []edit {
	n, m := len(a), len(b)
	if n == 0 || m == 0 || n*m > maxCells {
		return replaceAll(n, m, off)
	}
	// t[i][j] is the LCS length of a[i:] and b[j:].
	w := m + 1
	t := make([]int32, (n+1)*w)
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case a[i] == b[j]:
				t[i*w+j] = t[(i+1)*w+j+1] + 1
			case t[(i+1)*w+j] >= t[i*w+j+1]:
				t[i*w+j] = t[(i+1)*w+j]
			default:
				t[i*w+j] = t[i*w+j+1]
			}
		}
	}
	var out []edit
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			out = append(out, edit{Equal, off + i, off + j})
			i, j = i+1, j+1
		case t[(i+1)*w+j] >= t[i*w+j+1]:
			out = append(out, edit{Delete, off + i, off + j})
			i++
		default:
			out = append(out, edit{Insert, off + i, off + j})
			j++
		}
	}
	for ; i < n; i++ {
		out = append(out, edit{Delete, off + i, off + m})
	}
	for ; j < m; j++ {
		out = append(out, edit{Insert, off + n, off + j})
	}
	return out
}

func replaceAll(n, m, off int) []edit {
	out := make([]edit, 0, n+m)
	for i := range n {
		out = append(out, edit{Delete, off + i, off})
	}
	for j := range m {
		out = append(out, edit{Insert, off + n, off + j})
	}
	return out
}
