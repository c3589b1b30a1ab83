#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "ccurses.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ncursesw/curses.h>

static SCREEN *screen = NULL;
static int colors = 0;
static short pairs[9][9];          // [fg + 1][bg + 1] -> pair number, 0 = not yet made
static short next_pair = 1;
static volatile sig_atomic_t pending_signal = 0;
static int key_word_left = 0, key_word_right = 0;

static void on_signal(int number) { pending_signal = number; }

/// Without SA_RESTART, a blocked get_wch returns as soon as a signal lands.
static void catch_signal(int number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    sigaction(number, &action, NULL);
}

static void stop_at_exit(void) { ccurses_stop(); }

int ccurses_start(int use_color) {
    screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return -1;
    set_term(screen);
    atexit(stop_at_exit);
    if (getenv("ESCDELAY") == NULL) set_escdelay(25);
    raw();                 // Ctrl-C arrives as a key, so the program can save before leaving
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    meta(stdscr, TRUE);
    // Ctrl-← and Ctrl-→ as xterm and tmux send them, whatever terminfo says.
    key_word_left = KEY_MAX + 1;
    key_word_right = KEY_MAX + 2;
    define_key("\033[1;5D", key_word_left);
    define_key("\033[1;5C", key_word_right);
    define_key("\033Od", key_word_left);
    define_key("\033Oc", key_word_right);
    colors = use_color && has_colors();
    if (colors) {
        start_color();
        use_default_colors();
    }
    catch_signal(SIGINT);
    catch_signal(SIGTERM);
    catch_signal(SIGHUP);
    memset(pairs, 0, sizeof pairs);
    next_pair = 1;
    return 0;
}

void ccurses_stop(void) {
    if (screen == NULL) return;
    curs_set(1);
    endwin();
    delscreen(screen);
    screen = NULL;
    fflush(stdout);
}

int ccurses_rows(void) { return LINES; }
int ccurses_cols(void) { return COLS; }

static int special_key(wint_t code) {
    if (code == (wint_t)key_word_left) return CCURSES_K_WORD_LEFT;
    if (code == (wint_t)key_word_right) return CCURSES_K_WORD_RIGHT;
    switch (code) {
    case KEY_UP: return CCURSES_K_UP;
    case KEY_DOWN: return CCURSES_K_DOWN;
    case KEY_LEFT: return CCURSES_K_LEFT;
    case KEY_RIGHT: return CCURSES_K_RIGHT;
    case KEY_HOME: case KEY_BEG: return CCURSES_K_HOME;
    case KEY_END: return CCURSES_K_END;
    case KEY_PPAGE: return CCURSES_K_PAGE_UP;
    case KEY_NPAGE: return CCURSES_K_PAGE_DOWN;
    case KEY_DC: return CCURSES_K_DELETE;
    case KEY_IC: return CCURSES_K_INSERT;
    case KEY_BACKSPACE: return CCURSES_K_BACKSPACE;
    case KEY_BTAB: return CCURSES_K_BACK_TAB;
    case KEY_ENTER: return CCURSES_K_ENTER;
    case KEY_RESIZE: return CCURSES_K_RESIZE;
    case KEY_SLEFT: return CCURSES_K_WORD_LEFT;
    case KEY_SRIGHT: return CCURSES_K_WORD_RIGHT;
    default:
        if (code >= (wint_t)KEY_F(1) && code <= (wint_t)KEY_F(12)) return CCURSES_K_F0 + (int)(code - KEY_F(0));
        return 0;
    }
}

int ccurses_pending_signal(void) { return (int)pending_signal; }

int ccurses_read(int timeout_ms, unsigned int *value) {
    for (;;) {
        if (pending_signal) {
            *value = (unsigned int)pending_signal;
            pending_signal = 0;
            return CCURSES_SIGNAL;
        }
        wtimeout(stdscr, timeout_ms);
        wint_t code = 0;
        errno = 0;
        int kind = wget_wch(stdscr, &code);
        if (kind == ERR) {
            if (pending_signal) continue;
            if (errno == EINTR) continue;
            return timeout_ms >= 0 ? CCURSES_TIMEOUT : CCURSES_END;
        }
        if (kind == KEY_CODE_YES) {
            int key = special_key(code);
            if (key == 0) continue;  // a key we have no use for
            *value = (unsigned int)key;
            return CCURSES_KEY;
        }
        *value = (unsigned int)code;
        return CCURSES_CHAR;
    }
}

static short pair_for(int fg, int bg) {
    if (!colors || (fg < 0 && bg < 0)) return 0;
    short *slot = &pairs[fg + 1][bg + 1];
    if (*slot == 0 && next_pair < COLOR_PAIRS) {
        init_pair(next_pair, (short)fg, (short)bg);
        *slot = next_pair++;
    }
    return *slot;
}

int ccurses_put(int y, int x, const char *utf8, int attributes, int fg, int bg) {
    wchar_t wide[256];
    size_t count = mbstowcs(wide, utf8, 255);
    if (count == (size_t)-1) return -1;
    wide[count] = 0;
    attr_t attrs = A_NORMAL;
    if (attributes & CCURSES_BOLD) attrs |= A_BOLD;
    if (attributes & CCURSES_DIM) attrs |= A_DIM;
    if (attributes & CCURSES_UNDERLINE) attrs |= A_UNDERLINE;
    if (attributes & CCURSES_REVERSE) attrs |= A_REVERSE;
    attr_set(attrs, pair_for(fg, bg), NULL);
    int result = mvaddnwstr(y, x, wide, (int)count);
    attr_set(A_NORMAL, 0, NULL);
    return result == ERR ? -1 : 0;
}

void ccurses_show_cursor(int y, int x) {
    curs_set(1);
    move(y, x);
}

void ccurses_hide_cursor(void) { curs_set(0); }

void ccurses_refresh(void) { refresh(); }

void ccurses_repaint_all(void) { clearok(curscr, TRUE); }
