// A small C face of ncursesw for Swift: Swift cannot call ncurses' macros
// (A_BOLD, KEY_F(n), getmaxyx) nor reach its globals safely, so this file
// offers plain functions and constants instead. Only CursesTerminal uses it.
#ifndef CCURSES_H
#define CCURSES_H

#include <wchar.h>

// What ccurses_read returns.
enum {
    CCURSES_CHAR = 1,         // *value is a Unicode scalar
    CCURSES_KEY = 2,          // *value is one of the CCURSES_K_* codes below
    CCURSES_TIMEOUT = 3,      // nothing came in time
    CCURSES_SIGNAL = 4,       // *value is the signal number (SIGINT, SIGTERM, SIGHUP)
    CCURSES_END = 5           // input is gone
};

enum {
    CCURSES_K_UP = 1, CCURSES_K_DOWN, CCURSES_K_LEFT, CCURSES_K_RIGHT,
    CCURSES_K_HOME, CCURSES_K_END, CCURSES_K_PAGE_UP, CCURSES_K_PAGE_DOWN,
    CCURSES_K_DELETE, CCURSES_K_BACKSPACE, CCURSES_K_BACK_TAB, CCURSES_K_ENTER,
    CCURSES_K_WORD_LEFT, CCURSES_K_WORD_RIGHT, CCURSES_K_RESIZE, CCURSES_K_INSERT,
    CCURSES_K_F0 = 100        // F1 is CCURSES_K_F0 + 1 … F12 is CCURSES_K_F0 + 12
};

// Attribute bits for ccurses_put.
enum {
    CCURSES_BOLD = 1, CCURSES_DIM = 2, CCURSES_UNDERLINE = 4, CCURSES_REVERSE = 8
};

/// Starts ncurses on the terminal named by $TERM. Returns 0, or -1 when the
/// terminal type is unknown (nothing has been changed then).
int ccurses_start(int use_color);
/// Restores the terminal; safe to call twice, and called at exit if needed.
void ccurses_stop(void);
int ccurses_rows(void);
int ccurses_cols(void);
/// Waits up to timeout_ms (negative: forever) for a key or a signal.
int ccurses_read(int timeout_ms, unsigned int *value);
/// The signal (SIGINT, SIGTERM, SIGHUP) waiting to be read by ccurses_read, or 0; it stays there.
int ccurses_pending_signal(void);
/// Draws a UTF-8 string (at most 255 characters) at (y, x); fg and bg are 0-7,
/// or -1 for the terminal's own. Returns 0, or -1 when ncurses could not draw
/// it all (text not in the locale's encoding, or past the edge; writing the
/// bottom-right cell also gives -1, as the cursor cannot move past it).
int ccurses_put(int y, int x, const char *utf8, int attributes, int fg, int bg);
void ccurses_show_cursor(int y, int x);
void ccurses_hide_cursor(void);
/// Pushes what was drawn to the screen.
void ccurses_refresh(void);
/// Makes the next refresh repaint everything (after a resize).
void ccurses_repaint_all(void);

#endif
