package model

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"sync"
)

// jsonShape is what encoding/json accepts at one place of a report's JSON
// form, so that a report whose keys all name fields exactly can be read by
// json.Unmarshal, without the strict decoder's copy of the bytes (see
// UnmarshalReport). It errs on the side of "unknown": a key it does not
// know only sends the report to the strict decoder.
type jsonShape struct {
	kind   shapeKind
	fields map[string]*jsonShape // a struct's JSON names
	elem   *jsonShape            // a map's values, a list's elements
}

type shapeKind int

const (
	shapeScalar shapeKind = iota
	shapeStruct
	shapeMap
	shapeList
	shapeOpen // an interface or a json.Unmarshaler: any value
)

var openShape = &jsonShape{kind: shapeOpen}

// reportShape is the shape of envelope, built on first use.
var reportShape = sync.OnceValue(func() *jsonShape {
	return shapeOf(reflect.TypeFor[envelope](), map[reflect.Type]*jsonShape{})
})

var unmarshalerType = reflect.TypeFor[json.Unmarshaler]()

func shapeOf(t reflect.Type, made map[reflect.Type]*jsonShape) *jsonShape {
	if s, ok := made[t]; ok {
		return s
	}
	if t.Implements(unmarshalerType) || reflect.PointerTo(t).Implements(unmarshalerType) || t.Kind() == reflect.Interface {
		return openShape
	}
	if t.Kind() == reflect.Pointer {
		s := shapeOf(t.Elem(), made)
		made[t] = s
		return s
	}
	s := &jsonShape{}
	made[t] = s
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		s.kind, s.elem = shapeList, shapeOf(t.Elem(), made)
	case reflect.Map:
		s.kind, s.elem = shapeMap, shapeOf(t.Elem(), made)
	case reflect.Struct:
		s.kind, s.fields = shapeStruct, map[string]*jsonShape{}
		names, twice := map[string]reflect.Type{}, map[string]bool{}
		jsonNames(t, names, twice)
		for name, ft := range names {
			if !twice[name] && acceptsName(t, name) {
				s.fields[name] = shapeOf(ft, made)
			}
		}
	}
	return s
}

// jsonNames collects the JSON names of a struct's fields, those of
// embedded structs included, and the names given more than once (which
// encoding/json may resolve or drop: they are left unknown).
func jsonNames(t reflect.Type, names map[string]reflect.Type, twice map[string]bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		ft := f.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if f.Anonymous && name == "" && ft.Kind() == reflect.Struct {
			jsonNames(ft, names, twice)
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if _, dup := names[name]; dup {
			twice[name] = true
		}
		names[name] = f.Type
	}
}

// acceptsName asks encoding/json whether a struct has a field of that JSON
// name: a null value for it decodes with unknown fields refused.
func acceptsName(t reflect.Type, name string) bool {
	key, err := json.Marshal(name)
	if err != nil {
		return false
	}
	dec := json.NewDecoder(bytes.NewReader([]byte("{" + string(key) + ":null}")))
	dec.DisallowUnknownFields()
	return dec.Decode(reflect.New(t).Interface()) == nil
}

// child is the shape of a value inside one of this shape: under key in an
// object (ignored in a list); nil when encoding/json would not take it as
// it is.
func (s *jsonShape) child(key string) *jsonShape {
	switch s.kind {
	case shapeOpen:
		return s
	case shapeMap, shapeList:
		return s.elem
	case shapeStruct:
		return s.fields[key]
	}
	return nil
}

// holds reports whether a value of the shape may be an object (or a list).
func (s *jsonShape) holds(object bool) bool {
	switch s.kind {
	case shapeOpen:
		return true
	case shapeStruct, shapeMap:
		return object
	case shapeList:
		return !object
	}
	return false
}
