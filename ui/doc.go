// Package ui is the Bubble Tea program the clerk works in: the drafts list,
// the new-draft form, the section-by-section wizard with live checks, the
// review of problems, the page-like preview and the export.
//
// The root model (app.go) owns the screens, the global keys, the window size
// and the quit sequence; every screen receives a common.Common (sizes, styles,
// strings, services) and talks to the others through typed messages. The
// package never touches the drafts file or the disk itself: every store and
// export call runs inside a tea.Cmd built by a command constructor
// (ui/common) from copied values, and its result comes back as a message.
//
// main.go builds a Config and calls Run:
//
//	err := ui.Run(ctx, ui.Config{Services: svc, Strings: common.Vietnamese()})
package ui
