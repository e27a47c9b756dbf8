package common

import (
	"reflect"
	"testing"
)

func TestUndo(t *testing.T) {
	u := NewUndo[int](3)
	for i := range 5 {
		u.Push(i)
	}
	c := u.Clone()
	var got []int
	for s, ok := u.Pop(); ok; s, ok = u.Pop() {
		got = append(got, s)
	}
	if !reflect.DeepEqual(got, []int{4, 3, 2}) || c.Len() != 3 {
		t.Errorf("popped %v, clone of %d", got, c.Len())
	}
}
