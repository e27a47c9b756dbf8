//go:build race

package main

// raceFactor is how much more memory the race detector makes a process use.
const raceFactor = 4
