// Package common is what every screen of the program shares: the size it
// may draw in (Common), the one theme (Styles), the strings of each language
// (Strings), the key maps, the services the screens call through commands
// (Services, with the DraftStore, OutlineSet and Exporter interfaces), the
// commands that call them and the messages their results come back as, and
// the navigation and status messages the screens send the root.
//
// A screen lives in its own package under ui/ and imports this one; the
// root model (package ui) routes messages between screens. Nothing here
// touches a file or the drafts store: commands call Services.
package common
