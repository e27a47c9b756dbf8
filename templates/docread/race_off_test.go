//go:build !race

package docread

// raceFactor is how much more memory the race detector makes a process use.
const raceFactor = 1
