// ncursesw for Swift. SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, so the wide-character API must be asked
// for here, before the header; Swift cannot call C macros, so the ones we need are wrapped as inline functions.
// After editing this file, clear .build (or at least .build/*/debug/ModuleCache): SwiftPM does not notice changes
// to a system library's header.
//
// Only stateless helpers belong here: a `static` variable in this header would get a copy in every module that
// inlines a function using it. Signal and crash state lives in the C target CTerminalGuard, defined once.
#ifndef DUALTOHOKU_CNCURSESW_SHIM_H
#define DUALTOHOKU_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// MARK: - Macros and globals Swift cannot use directly

// Globals such as stdscr, COLORS and stdout are mutable C variables, which Swift 6 refuses to read from
// arbitrary code ("not concurrency-safe"); the functions read them for us.
static inline WINDOW *dt_stdscr(void) { return stdscr; }
static inline WINDOW *dt_curscr(void) { return curscr; }
static inline int dt_colors(void) { return COLORS; }
static inline int dt_color_pairs(void) { return COLOR_PAIRS; }

/// newterm on the process's own stdout and stdin; NULL when the terminal type is unknown (initscr would exit).
static inline SCREEN *dt_newterm(const char *term) { return newterm(term, stdout, stdin); }

static inline int dt_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int dt_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }

static inline attr_t dt_a_normal(void) { return A_NORMAL; }
static inline attr_t dt_a_bold(void) { return A_BOLD; }
static inline attr_t dt_a_dim(void) { return A_DIM; }
static inline attr_t dt_a_reverse(void) { return A_REVERSE; }
static inline attr_t dt_a_underline(void) { return A_UNDERLINE; }
static inline chtype dt_color_pair(int pair) { return COLOR_PAIR(pair); }

static inline mmask_t dt_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t dt_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t dt_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t dt_button5_pressed(void) { return BUTTON5_PRESSED; }

// wcwidth is declared by <wchar.h> only under _XOPEN_SOURCE, which SwiftPM drops (see the top of this file).
extern int wcwidth(wchar_t c);
/// The columns the C library (and so ncurses) gives a character in the current locale; -1 if unprintable.
static inline int dt_wcwidth(wchar_t c) { return wcwidth(c); }

// MARK: - Terminal size, locale, input liveness (stateless)

/// The size the kernel knows for a tty, which can differ from ncurses's idea after a resize while stopped.
static inline int dt_tty_size(int fd, int *rows, int *cols) {
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
  *rows = ws.ws_row;
  *cols = ws.ws_col;
  return 0;
}

/// 1 when the codeset of the current LC_CTYPE is UTF-8.
static inline int dt_codeset_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/// 1 when the input fd has hung up (its terminal closed): reads then fail at once, and the loop must end
/// instead of spinning.
static inline int dt_input_hung_up(int fd) {
  struct pollfd p = {.fd = fd, .events = POLLIN, .revents = 0};
  if (poll(&p, 1, 0) < 0) return 0;
  return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

/// 1 when the terminfo database knows `name` and the terminal can address the cursor (a full screen is
/// possible), 0 when the type is unknown, -1 when it is known but cannot ("dumb", hard copy). Loads the entry
/// and frees it again, and unlike initscr never prints or exits. term.h is not included because its hundreds of
/// capability macros (lines, columns, tab, …) would capture ordinary names; the three functions are declared
/// here exactly as term.h declares them.
struct term;
extern int setupterm(const char *, int, int *);
extern struct term *set_curterm(struct term *);
extern int del_curterm(struct term *);
static inline int dt_terminal_usable(const char *name, int fd) {
  int status = 0;
  if (setupterm(name, fd, &status) != OK) return 0;
  char *cup = tigetstr("cup");
  int usable = cup != NULL && cup != (char *)-1;
  struct term *loaded = set_curterm(NULL);
  if (loaded != NULL) del_curterm(loaded);
  return usable ? 1 : -1;
}

#endif
