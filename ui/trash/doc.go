// Package trash is the trash screen (thùng rác): every deleted draft with
// when it was deleted and how many days remain before it is deleted for
// good, a key to take one back, and a key to empty the trash after a
// confirmation that names what will be lost.
//
// The screen reaches the store through the Store interface, which the
// root's store adapter implements; every call runs in a command. The root
// opens it on ShowMsg and hands it every Msg.
package trash
