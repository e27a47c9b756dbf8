package common

import "slices"

// Undo is a bounded stack of the states before the last changes, newest
// last, for the tables' undo key. The zero Undo keeps nothing; use NewUndo.
type Undo[T any] struct {
	steps []T
	limit int
}

// NewUndo returns a stack that keeps the last limit states.
func NewUndo[T any](limit int) Undo[T] { return Undo[T]{limit: limit} }

// Push keeps a state, forgetting the oldest beyond the limit.
func (u *Undo[T]) Push(s T) {
	u.steps = append(u.steps, s)
	if len(u.steps) > u.limit {
		u.steps = slices.Delete(u.steps, 0, len(u.steps)-u.limit)
	}
}

// Pop takes the newest state off the stack; false when there is none.
func (u *Undo[T]) Pop() (T, bool) {
	var s T
	if len(u.steps) == 0 {
		return s, false
	}
	s = u.steps[len(u.steps)-1]
	u.steps = u.steps[:len(u.steps)-1]
	return s, true
}

// Len is how many states the stack holds.
func (u Undo[T]) Len() int { return len(u.steps) }

// Clone returns a stack that later pushes and pops of u do not reach.
func (u Undo[T]) Clone() Undo[T] { return Undo[T]{steps: slices.Clone(u.steps), limit: u.limit} }
