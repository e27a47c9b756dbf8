package wordcheck

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/baocao/baocao/ui/common"
	"github.com/baocao/baocao/ui/internal/uitest"
)

// fakeChecker answers like the real checker: a PDF is refused, any other
// file has one fixable error and n warnings; a fix leaves the warnings.
type fakeChecker struct {
	calls []string
	n     int
}

func (f *fakeChecker) report(fixed bool) common.WordReport {
	r := common.WordReport{Form: "Nghị định 30/2020/NĐ-CP, Phụ lục I", Date: "15/9/2026"}
	if !fixed {
		r.Problems = append(r.Problems, common.WordProblem{Error: true, Where: "toàn văn bản", What: "lề trái 20 mm (phải 30–35 mm)",
			Source: "NĐ 30/2020, Phụ lục I, Phần I, mục II.3", Remedy: "Hãy đặt lại lề.", Fixable: true})
	}
	for i := 0; i < f.n; i++ {
		r.Problems = append(r.Problems, common.WordProblem{Where: fmt.Sprintf("đoạn %d “Trong kỳ”", i+1), What: "Chữ \"kìt\" không phải một âm tiết tiếng Việt",
			Source: "chính tả", Remedy: "Hãy kiểm tra chính tả."})
	}
	return r
}

func (f *fakeChecker) CheckWord(path string) (common.WordReport, error) {
	f.calls = append(f.calls, "check:"+path)
	if strings.HasSuffix(path, ".pdf") {
		return common.WordReport{}, errors.New("tệp quét.pdf là tệp PDF; hãy dùng bản Word (.docx)")
	}
	return f.report(false), nil
}

func (f *fakeChecker) FixWord(path string) (string, common.WordReport, error) {
	f.calls = append(f.calls, "fix:"+path)
	return strings.TrimSuffix(path, ".docx") + " (đã sửa).docx", f.report(true), nil
}

func newScreen(c common.WordChecker, w, h int) *Model {
	str := common.Vietnamese()
	st := common.DefaultStyles()
	return New(common.Common{Str: &str, Styles: &st, Width: w, Height: h, Svc: common.Services{Word: c}})
}

// drain runs a command and the commands its messages give back.
func drain(m *Model, cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	var out []tea.Msg
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			out = append(out, drain(m, c)...)
		}
	case checkedMsg:
		out = append(out, drain(m, m.Update(msg))...)
	case nil:
	default:
		out = append(out, msg)
	}
	return out
}

func typeText(m *Model, s string) {
	for _, r := range s {
		m.Update(uitest.Key(string(r)))
	}
}

func TestWordCheckScreen(t *testing.T) {
	for _, size := range [][2]int{{80, 20}, {40, 10}} {
		t.Run(fmt.Sprint(size[0]), func(t *testing.T) {
			fc := &fakeChecker{n: 1}
			m := newScreen(fc, size[0], size[1])
			m.Init()
			drain(m, m.Update(uitest.Key("enter")))
			if v := ansi.Strip(m.View()); !strings.Contains(v, "Hãy gõ hoặc dán") || len(fc.calls) != 0 {
				t.Fatalf("empty path:\n%s", v)
			}
			typeText(m, `"D:\Văn bản\quét.pdf"`)
			drain(m, m.Update(uitest.Key("enter")))
			if v := ansi.Strip(m.View()); !strings.Contains(v, "tệp PDF") || fc.calls[0] != `check:D:\Văn bản\quét.pdf` {
				t.Fatalf("a refused file: calls %v\n%s", fc.calls, v)
			}
			for range []rune(`quét.pdf"`) {
				m.Update(uitest.Key("backspace"))
			}
			typeText(m, "Báo cáo.docx")
			drain(m, m.Update(uitest.Key("enter")))
			v := ansi.Strip(m.View())
			for _, want := range []string{"1 lỗi, 1 cảnh báo", "Lỗi · toàn văn bản", "lề trái 20 mm", "Căn cứ: NĐ 30/2020"} {
				if !strings.Contains(strings.ReplaceAll(v, "\n", " "), want) {
					t.Errorf("the list lacks %q:\n%s", want, v)
				}
			}
			if lines := strings.Count(v, "\n") + 1; lines > size[1] {
				t.Errorf("the view has %d lines, more than the %d rows given:\n%s", lines, size[1], v)
			}
			msgs := drain(m, m.Update(uitest.Key("f")))
			if fc.calls[len(fc.calls)-1] != `fix:D:\Văn bản\Báo cáo.docx` || len(msgs) == 0 {
				t.Fatalf("f did not write the corrected copy: calls %v, msgs %v", fc.calls, msgs)
			}
			if v := ansi.Strip(m.View()); !strings.Contains(v, "Đã ghi bản sửa") || strings.Contains(v, "lề trái") {
				t.Errorf("after the fix:\n%s", v)
			}
			m.Update(uitest.Key("f"))
			if v := ansi.Strip(m.View()); !strings.Contains(v, "Không có lỗi nào sửa tự động được") {
				t.Errorf("f with nothing to fix:\n%s", v)
			}
			m.Update(uitest.Key("esc"))
			if !m.Typing() || !strings.Contains(ansi.Strip(m.View()), "Đường dẫn tệp Word") {
				t.Errorf("esc from the list did not go back to the path:\n%s", ansi.Strip(m.View()))
			}
			if msgs := drain(m, m.Update(uitest.Key("esc"))); len(msgs) != 1 || msgs[0] != (common.ShowDraftsMsg{}) {
				t.Errorf("esc from the path gave %v, want the drafts list", msgs)
			}
		})
	}
}

func TestWordCheckScroll(t *testing.T) {
	fc := &fakeChecker{n: 30}
	m := newScreen(fc, 40, 10)
	m.Init()
	typeText(m, "a.docx")
	drain(m, m.Update(uitest.Key("enter")))
	first := ansi.Strip(m.View())
	for i := 0; i < 500; i++ {
		m.Update(uitest.Key("pgdown"))
	}
	last := ansi.Strip(m.View())
	if first == last || !strings.Contains(last, "đoạn 30") {
		t.Errorf("pgdown did not reach the last problem:\n%s", last)
	}
	for i := 0; i < 500; i++ {
		m.Update(uitest.Key("up"))
	}
	if ansi.Strip(m.View()) != first {
		t.Errorf("up did not come back to the top:\n%s", ansi.Strip(m.View()))
	}
}

func TestWordCheckWithoutService(t *testing.T) {
	m := newScreen(nil, 80, 20)
	m.Init()
	typeText(m, "a.docx")
	m.Update(uitest.Key("enter"))
	if !strings.Contains(ansi.Strip(m.View()), "baocao check") {
		t.Errorf("no service: %s", ansi.Strip(m.View()))
	}
}
