// Package history is the history screen of a draft (lịch sử sửa): every
// revision the store keeps, with its time and one line on what it changed
// (sections touched, characters added and removed); a revision opened
// read-only as the page preview; a revision compared with the current
// draft section by section, the changed words marked; and a restore,
// after a confirmation, that keeps the replaced content as a revision of
// its own, so that u undoes it.
//
// The screen reaches the store through the Store interface, which the
// root's store adapter implements; every call runs in a command. The root
// opens it on ShowMsg (from the drafts list or the wizard) and hands it
// every Msg. Comparisons come from package model/diff.
package history
