package main

// helpEN holds the English help, by topic; "" is the overview.
var helpEN = map[string]string{
	"": `baocao — draft a commune's (or a party committee's) report (báo cáo) on your
own computer, offline, section by section, and export a correctly formatted
document.

Usage:
  baocao [--db PATH] [--lang vi|en]    open the editor
  baocao COMMAND [arguments] [options]

Commands:
  check FILE.json          check a report in JSON form, print every problem
  check FILE.docx          check a Word document's form, content and spelling
                           before signing; --fix -o OUT.docx writes a fixed copy
  templates                list the report outlines available
  templates check FILE     check an outline file, with the line of each error
  templates import FILE    make an outline from a directive's outline (.docx)
  templates save DRAFT [ID] save an imported draft's own outline as a template
  list                     list the drafts
  backup PATH              copy the drafts file to a backup
  restore [N]              bring the drafts file back from an automatic backup
  history DRAFT            a draft's revisions; show, compare, restore one
  trash                    deleted drafts; take one back or delete them for good
  verify                   read the whole drafts file to check it is sound
  bundle export FILE       pack every draft into one file (to move to another PC)
  bundle import FILE       take in the drafts of a bundle file
  export DRAFT|FILE.json   export a report as DOCX, PDF, Markdown, text, JSON
  compile FILE… -o OUT.xlsx
                           compile many units' reports: a workbook and a
                           compiled report draft
  import FILE              read an earlier report (.docx, .txt, .md) as a new draft
  next DRAFT               next period's report: a new draft for the next month, quarter, year
  help [COMMAND]           show this help or a command's
  version                  print the version

Common options:
  --db PATH        the drafts file; when not given, BAOCAO_DB, else the
                   default file (see below)
  --lang vi|en     language of help and messages; default BAOCAO_LANG,
                   else Vietnamese
  --version        print the version
  -h, --help       show help

Default data directory:
  Windows   %AppData%\baocao
  Linux     $XDG_DATA_HOME/baocao, else ~/.local/share/baocao
  macOS     ~/Library/Application Support/baocao
  Your own outline files (*.outline) go in its "outlines" folder.

Exit codes: 0 done; 1 problems found (the report has errors, or the command
failed); 2 wrong usage; 3 compile finished but skipped some inputs.
`,
	"check": `Usage: baocao check FILE.json

Reads a report in JSON form ("format": "baocao/report@1") and prints every
problem, one per line: its kind (error, to do or warning), where in the report,
and the message (the validator's messages are in Vietnamese). "To do" is a
required field still empty: work left, not an error, as the screens call it.
Ends with the line "N error(s), M field(s) to fill in, K warning(s).".

The outline (field "outline") is looked up among the built-in outlines and the
outline files in the data directory. FILE "-" reads standard input.

Exit code: 0 when there is no error and nothing to fill in (warnings may
remain); 1 when there is an error or a field to fill in (the report is not
finished), or the file cannot be read.

With a Word document:
  baocao check FILE.docx [--form state|party] [--date DATE] [--json]
  baocao check FILE.docx --fix -o OUT.docx [--force]

Checks any Word document (written in Word or LibreOffice, or exported by
baocao) against the form in force on its date: Decree 30/2020 for state
documents, Guidance 36-HD/VPTW (until 26/5/2026) or 05-HD/VPTW (from 27/5/2026)
for Party ones: paper, margins, page numbers, fonts, each element's size and
style, body paragraphs, number and symbol, date, ending, Nơi nhận, signing
authority, replaced documents cited, bodies that ceased to exist, spelling.
Each problem gives where it is, its rule with the clause, and what to do.
--form and --date replace what is read from the document. --json prints the
problems as JSON. --fix -o writes a copy with the fixable problems corrected
(never over the original) and lists what is left to fix by hand.

Examples:
  baocao check examples/state.json
  baocao check report.docx --fix -o report-fixed.docx
`,
	"templates": `Usage:
  baocao templates              list the outlines
  baocao templates check FILE   check an outline file
  baocao templates import FILE [-o OUT.outline] [--form state|party] [--id ID]
                                make an outline from a directive's outline
  baocao templates save DRAFT [ID]
                                save a draft's own outline as a template

"templates" prints each outline's ID, name, document form (state: Decree
30/2020/NĐ-CP; party: Guidance 36-HD/VPTW) and source: built in, or a file in
the "outlines" folder of the data directory. Outline files with errors are
listed with their errors (and the command exits 1).

"templates check" reads FILE and prints every error with its line; it exits 1
when there is any. To add an outline: copy a built-in one, edit it, check it
with this command, then put it in the "outlines" folder (see README).

"templates import" reads the outline (đề cương) sent with a directive (Word
.docx, or .txt, .md): each numbered heading (Phần thứ…, I., 1., 1.1., a))
becomes a section with its exact wording; the instructions under it
(paragraphs, "- " items, text in brackets or italics) become its guide; a
requested table is described in the guide (its columns); a request for the
number of cán bộ, công chức becomes the staffing table. The title and the
directive's number, date and issuer are prefilled. The outline file is
checked and saved in the "outlines" folder (or written to -o OUT.outline;
"-o -" writes to standard output), ready to use. Headings that cannot be
placed in the hierarchy (more than 3 levels, out of order) are kept and
listed for review; the command then exits 1.

  --form state|party   the document form; guessed from the file if not given
  --id ID              the outline's ID; made from its title if not given

"templates save" saves the outline draft DRAFT carries as a template: a
report imported from a file that fits no built-in outline follows an outline
made from its own headings, kept with the draft (not among the templates).
Once saved, new drafts may follow it; ID names it when its own ID is taken.
In the program: m in the drafts list.
`,
	"import": `Usage:
  baocao import FILE [--outline ID]   read an earlier report as a new draft
  baocao import FILE --into DRAFT     bring an edited Word copy back into a draft

FILE is a Word report (.docx), text (.txt) or Markdown (.md), UTF-8 or
UTF-16 with a BOM. Save a .doc, a .pdf or a password-protected file as .docx
in Word first.

The command reads the header (bodies, number and symbol, place and date,
subject), the "Thực hiện …" sentence (the directive), each body paragraph
into the section whose heading matches (ignoring case and diacritics,
tolerating typos and renumbering), the staffing paragraph into table rows,
"Không" answers, the recipients and the signer. Nothing is dropped: paragraphs
it cannot place are kept in the "unplaced" list shown at the top of the
editor, to be moved to the right section. It prints the paragraphs placed,
sections filled, paragraphs unplaced and staffing rows read.

  --outline ID   use this outline; otherwise the outline (built in or your
                 own) whose headings match best is chosen, and when none fits
                 an outline is made from the report's own headings, kept with
                 the draft (save it as a template: baocao templates save DRAFT)
  --into DRAFT   FILE is an edited copy of draft DRAFT's Word document (say,
                 corrected by the leader in Word): its changes are saved as a
                 new revision of the draft and listed; the history keeps the
                 previous one
  --force        with --into: write even when the file looks like another
                 report (another unit, form or outline than the draft's);
                 without it the command stops and names the difference

Tracked changes (Track Changes) in the file are accepted (insertions kept,
deletions dropped) and the command says so.
`,
	"list": `Usage: baocao list [--sort time|name] [--db PATH]

Lists the drafts: ID, last change, sections done out of those required,
errors and warnings left, outline, title and unit. Most recently changed
first by default; --sort name sorts by title in Vietnamese alphabetical order.
Use the ID to export ("baocao export ID").
`,
	"verify": `Usage: baocao verify [--compact] [--db PATH]

Reads the whole drafts file: every page, bbolt's consistency check, and every
draft decoded. On open baocao does this only after an unclean shutdown (an
automatic backup is checked so when it is taken); this command does it now.
For a damaged file it says which draft or page is damaged and how to restore.

--compact  after the check, rewrite the file compactly: a file that once held
           a very large draft (deleted for good or trimmed) shrinks. The old
           file is kept in the "backups" folder. Close every baocao window first.
`,
	"backup": `Usage: baocao backup PATH [--force] [--db PATH]

Copies the drafts file (every draft) to PATH. When PATH is a folder the copy
is named by date and time, e.g. baocao-2026-03-05-142501.db. When PATH exists
the command stops without overwriting, unless --force is given. Keep the copy
on a USB stick or another disk in case the computer fails. To open the copy:
baocao --db PATH.
`,
	"restore": `Usage:
  baocao restore            list the backups, newest is number 1
  baocao restore N          restore backup number N (or give its file name)
  --replace-read-only       replace a drafts file that is read-only too

After it opens the drafts file (the editor: once the drafts list shows; a
command: after its work), baocao keeps a copy in the "backups" folder beside it
(the last 3, at least 12 hours apart), only after reading the whole copy and
decoding every draft. A backup is checked before it is restored; the current
drafts file is kept in "backups", so a restore can be undone. When --db is a
symbolic link, the file it points to is restored and the link kept. A drafts
file that is read-only is not replaced unless you make it writable or add
--replace-read-only. Close every baocao window before restoring.

To use a file made by "baocao backup": open it directly with baocao --db PATH,
or copy it over the drafts file while baocao is closed.
`,
	"history": `Usage:
  baocao history DRAFT                list the revisions, newest first
  baocao history show DRAFT N         print revision N as plain text
  baocao history diff DRAFT N         compare revision N with the current draft
  baocao history restore DRAFT N      bring revision N back

Every save keeps a revision (the newest 10, then fewer: one a minute, an hour,
a day; at most 50). The list gives each one's number, time, sections done and
one line on what changed since the one before: the sections touched and the
characters added and removed. "diff" prints the paragraphs that differ,
section by section; removed words in [-…-], added words in {+…+}.

A restore loses nothing: the content it replaces is kept as a new revision,
and the command prints how to go back. In the editor: h in the drafts list,
or ctrl+y in the wizard.
`,
	"next": `Usage: baocao next DRAFT

Makes a new draft for the reporting period after draft DRAFT's (see the IDs
with "baocao list"); the old draft is not changed. The period comes from the
subject: week, month, quarter, 6 months or year. The period words of the subject,
of the directive's subject that the opening cites and of the closing move one
period on: "tuần 11" becomes "tuần 12", "tháng 6" "tháng 7", "quý I" "quý II", "6 tháng đầu năm"
"năm", "tháng 12 năm 2026" "tháng 01 năm 2027" (keeping the old report's
zeros). Full dates (such as "ngày 05 tháng 6 năm 2026") are not changed. The
number and date are left blank; the sections, staffing table, signer and
recipients are kept, to be edited for the new period. An old Word report:
read it with "baocao import", then run "baocao next" on the new draft. In the
editor: s in the drafts list.
`,
	"trash": `Usage:
  baocao trash                  list the drafts in the trash
  baocao trash restore DRAFT    take a draft out of the trash
  baocao trash empty --yes      delete every draft in the trash for good

A deleted draft (key x) stays in the trash for 30 days, then is deleted for
good; the list gives when each was deleted and the days left. Without --yes,
"trash empty" only lists what would be lost and deletes nothing. In the
editor: t in the drafts list; u takes back the draft deleted last, even after
baocao was closed and opened again.
`,
	"bundle": `Usage:
  baocao bundle export FILE   pack every draft into FILE (JSON)
  baocao bundle import FILE   take in the drafts in FILE

For moving drafts to another computer, e.g. on a USB stick. On import a newer
draft in the bundle replaces the one here (the old one stays in its history);
a draft here that is newer or differs is never overwritten: the bundle's is
kept as a separate draft. The command prints how many drafts were new,
updated, unchanged and conflicting. "bundle export" stops when FILE exists,
unless --force is given. FILE "-" writes to standard output or reads standard
input.
`,
	"export": `Usage: baocao export DRAFT|FILE.json [--format docx|pdf|md|txt|json]
                      [-o PATH] [--force] [--allow-errors] [--two-sided]

Exports one report: DRAFT is a draft ID (see "baocao list"); FILE.json is a
report in JSON form.

  --format F       docx (Word), pdf, md (Markdown), txt (plain text) or json;
                   when not given, taken from the extension of -o, else docx
  -o PATH          file or folder to write; when not given, the current
                   folder, with a name made of the number, symbol, unit and
                   date (e.g. 197-BC-UBND_Pho-Minh_2023-08-29.docx)
  --force          overwrite an existing file
  --allow-errors   export even though the report has errors or fields to fill
                   in (they are still printed)
  --two-sided      DOCX and PDF for printing on both sides: even pages take the
                   form's back margins (left and right swapped)

"-o -" writes the document to standard output; FILE.json "-" reads standard
input. An -o extension that contradicts --format (-o x.pdf --format docx) is
wrong usage.

A report with errors or fields to fill in is not exported: the command prints
them and exits 1.
`,
	"compile": `Usage: baocao compile FILE|FOLDER… -o OUT.xlsx [--deadline DATE]
                       [--expected LIST.txt] [--outline ID] [--json FILE]
                       [--no-draft] [--force]

Compiles the reports of the units below (e.g. the communes and wards that
report to a provincial department or party office). Inputs are report JSON
files, Word reports (.docx, read as "baocao import" reads them), bundles of
drafts ("baocao bundle export") and folders of them (every .json and .docx
file in the folder and its subfolders). Each unit's newest report is used.

Results:
  - the workbook OUT.xlsx with four sheets: staffing by unit (start of term,
    now, per position; the totals row is formulas), every error and warning
    of each report, the submissions (on time, late, missing), and the
    inconsistencies and skipped files;
  - a compiled report draft (outline ID-tong-hop) stored in the drafts file:
    the count of units that reported and did not, the staffing totals across
    units, and under each section every unit's answer labelled by unit, for
    the drafter to condense. Open it with "baocao"; it exports like any draft.

  -o OUT.xlsx        the workbook to write (required)
  --deadline DATE    the deadline, e.g. 15/9/2023: reports dated after it are
                     late
  --expected FILE    the units that must report, one name a line (a column of
                     names pasted from a spreadsheet will do); the missing
                     ones are listed
  --outline ID       the outline the units answered; when not given, the one
                     most reports follow
  --json FILE        also write the compiled draft as JSON
  --no-draft         do not store the draft in the drafts file
  --force            overwrite OUT.xlsx (and the --json FILE) if they exist

Nothing is resolved silently; these are listed: a unit that reported more
than once (both named, the newest used), reports on another outline,
staffing errors, late or undated reports, one unit name under different
parents, units not on the list. A broken file does not stop the others: it
is listed with its error.

Exit codes: 0 done; 3 compiled, but some inputs were skipped (see the list);
1 nothing could be compiled; 2 wrong usage.

Example:
  baocao compile bao-cao-cac-xa/ goi-tu-xa-an-loi.json -o tong-hop.xlsx \
      --deadline 15/9/2023 --expected danh-sach-xa.txt
`,
	"help": `Usage: baocao help [COMMAND]

Prints the general help or a command's. "baocao COMMAND --help" works too.
Add --lang vi for Vietnamese.
`,
	"version": `Usage: baocao version (or baocao --version)

Prints baocao's version, the Go release it was built with, and the platform.
`,
}
