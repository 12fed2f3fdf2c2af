// ncursesw for Swift. SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, so the wide-character API must be asked
// for here, before the header; Swift cannot call C macros, so the ones we need are wrapped as inline functions.
// After editing this file, clear .build (or at least .build/*/debug/ModuleCache): SwiftPM does not notice changes
// to a system library's header.
//
// A system library target cannot hold .c files, so the few C helpers live here as `static inline` functions.
// Their state (the `dt_state` below) is `static` too, which means every object file that calls them gets its own
// copy: all calls that touch that state must come from ONE Swift source file (CursesBackend/TerminalGuard.swift).
#ifndef DUALTOHOKU_CNCURSESW_SHIM_H
#define DUALTOHOKU_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
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

// memfd_create is only declared under _GNU_SOURCE, and defining that here would change glibc types (fd_set's
// fields) against the Glibc module Swift already has, which breaks the build. Declared as glibc declares it.
extern int memfd_create(const char *name, unsigned int flags);
#define DT_MFD_CLOEXEC 1U

// MARK: - Signal and crash hygiene (stateful: call only from TerminalGuard.swift)

#define DT_CRASH_SIGNAL_COUNT 7

struct dt_state_t {
  volatile sig_atomic_t quit_signal;  // SIGTERM, SIGHUP or SIGINT received; read by the loop
  volatile sig_atomic_t continued;    // SIGCONT received: stopped from outside (kill -STOP) and resumed
  struct sigaction previous_cont;
  volatile sig_atomic_t screen_open;  // ncurses owns the terminal: crash handlers must restore it
  int tty_fd;                         // where the reset bytes go and whose termios we restore
  int termios_saved;
  struct termios saved_termios;       // as the shell left the terminal, before ncurses changed it
  int saved_stderr;                   // the real stderr while it is captured, else -1
  int captured_stderr;                // memory file collecting stderr while the screen is open, else -1
  struct sigaction previous[DT_CRASH_SIGNAL_COUNT];
  int crash_handlers_installed;
  struct sigaction previous_quit[3];
  int quit_handlers_installed;
  int atexit_registered;
};
static struct dt_state_t dt_state = {.tty_fd = STDOUT_FILENO, .saved_stderr = -1, .captured_stderr = -1};

static const int dt_crash_signals[DT_CRASH_SIGNAL_COUNT] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE,
                                                            SIGQUIT};
static const int dt_quit_signals[3] = {SIGTERM, SIGHUP, SIGINT};

// What endwin would send, for the crash handler, which cannot call ncurses. xterm's sequences, which the terminals
// in use today (xterm, VTE, tmux, screen, kitty, iTerm2, Windows Terminal) all understand: reset attributes, stop
// every mouse mode, cursor keys and keypad back to normal (rmkx), show the cursor, leave the alternate screen.
static const char dt_reset_bytes[] =
    "\x1b[0m\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?1l\x1b>\x1b[?25h\x1b[?1049l\r\n";

static inline void dt_write_all(int fd, const char *bytes, size_t count) {
  while (count > 0) {
    ssize_t n = write(fd, bytes, count);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    bytes += n;
    count -= (size_t)n;
  }
}

/// Puts the real stderr back and copies what was written to it while the screen was open. Async-signal-safe
/// (dup2, lseek, read, write, close), so the crash handler uses it too: a Swift fatalError message written
/// while the alternate screen was showing is then seen after all.
static inline void dt_release_stderr(void) {
  if (dt_state.saved_stderr < 0) return;
  dup2(dt_state.saved_stderr, STDERR_FILENO);
  close(dt_state.saved_stderr);
  dt_state.saved_stderr = -1;
  int captured = dt_state.captured_stderr;
  dt_state.captured_stderr = -1;
  if (captured < 0) return;
  if (lseek(captured, 0, SEEK_SET) == 0) {
    char buffer[4096];
    ssize_t n;
    while ((n = read(captured, buffer, sizeof buffer)) > 0) dt_write_all(STDERR_FILENO, buffer, (size_t)n);
  }
  close(captured);
}

/// While ncurses draws, anything written to a terminal stderr would scribble over the screen and vanish with
/// the alternate screen: collect it in a memory file instead and show it afterwards.
static inline void dt_capture_stderr(void) {
  if (dt_state.saved_stderr >= 0 || !isatty(STDERR_FILENO)) return;
  int memory = memfd_create("dualtohoku-stderr", DT_MFD_CLOEXEC);
  if (memory < 0) return;
  int saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
  if (saved < 0 || dup2(memory, STDERR_FILENO) < 0) {
    if (saved >= 0) close(saved);
    close(memory);
    return;
  }
  dt_state.saved_stderr = saved;
  dt_state.captured_stderr = memory;
}

/// Saves the terminal modes before ncurses changes them (for the crash handler and atexit).
static inline void dt_save_termios(int fd) {
  dt_state.tty_fd = fd;
  dt_state.termios_saved = tcgetattr(fd, &dt_state.saved_termios) == 0;
}

static inline void dt_set_screen_open(int open) { dt_state.screen_open = open; }

/// The terminal, as the shell had it, without ncurses: async-signal-safe (tcsetattr, write).
static inline void dt_restore_terminal_raw(void) {
  if (dt_state.termios_saved) tcsetattr(dt_state.tty_fd, TCSANOW, &dt_state.saved_termios);
  dt_write_all(dt_state.tty_fd, dt_reset_bytes, sizeof dt_reset_bytes - 1);
}

static inline void dt_crash_handler(int sig, siginfo_t *info, void *context) {
  (void)context;
  if (dt_state.screen_open) {
    dt_state.screen_open = 0;
    dt_restore_terminal_raw();
  }
  dt_release_stderr();
  // SA_RESETHAND has put the default action back; put the previous one back instead (the Swift runtime's
  // backtracer, when enabled), so it can still print its report — now on a usable terminal.
  for (int i = 0; i < DT_CRASH_SIGNAL_COUNT; i++) {
    if (dt_crash_signals[i] == sig) sigaction(sig, &dt_state.previous[i], NULL);
  }
  // A fault raised by the kernel (bad address, ud2 from a Swift runtime trap, division by zero) happens again
  // when the instruction is retried on return, now with the true context for the backtrace. SIGTRAP is excluded:
  // after int3 the instruction pointer has already moved on.
  if (info != NULL && info->si_code > 0 && sig != SIGTRAP) return;
  // Sent by kill, raise or abort: deliver it again now (SA_NODEFER: it is not blocked here)…
  raise(sig);
  // …and if the previous handler returned (the backtracer does, expecting a fault to recur), end the process
  // the default way rather than run on with the terminal already given back.
  struct sigaction default_action;
  memset(&default_action, 0, sizeof default_action);
  default_action.sa_handler = SIG_DFL;
  sigemptyset(&default_action.sa_mask);
  sigaction(sig, &default_action, NULL);
  raise(sig);
}

static inline void dt_install_crash_handlers(void) {
  if (dt_state.crash_handlers_installed) return;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_sigaction = dt_crash_handler;
  sigemptyset(&action.sa_mask);
  // SA_ONSTACK: a stack overflow can still be handled when the runtime has set up an alternate stack.
  action.sa_flags = SA_SIGINFO | SA_RESETHAND | SA_NODEFER | SA_ONSTACK;
  for (int i = 0; i < DT_CRASH_SIGNAL_COUNT; i++) sigaction(dt_crash_signals[i], &action, &dt_state.previous[i]);
  dt_state.crash_handlers_installed = 1;
}

static inline void dt_remove_crash_handlers(void) {
  if (!dt_state.crash_handlers_installed) return;
  for (int i = 0; i < DT_CRASH_SIGNAL_COUNT; i++) sigaction(dt_crash_signals[i], &dt_state.previous[i], NULL);
  dt_state.crash_handlers_installed = 0;
}

static inline void dt_quit_handler(int sig) { dt_state.quit_signal = sig; }
static inline void dt_continue_handler(int sig) {
  (void)sig;
  dt_state.continued = 1;
}

/// Installs the SIGTERM/SIGHUP/SIGINT flag handler. Done before newterm, so ncurses sees them taken and does not
/// install its own (which would end the process from inside the handler). No SA_RESTART: a read is interrupted.
static inline void dt_install_quit_handlers(void) {
  if (dt_state.quit_handlers_installed) return;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = dt_quit_handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  for (int i = 0; i < 3; i++) sigaction(dt_quit_signals[i], &action, &dt_state.previous_quit[i]);
  // SIGCONT: after a stop from outside (kill -STOP, then fg) the shell has put the terminal back in cooked mode;
  // the loop takes the screen again when it sees the flag.
  struct sigaction cont;
  memset(&cont, 0, sizeof cont);
  cont.sa_handler = dt_continue_handler;
  sigemptyset(&cont.sa_mask);
  cont.sa_flags = SA_RESTART;
  sigaction(SIGCONT, &cont, &dt_state.previous_cont);
  dt_state.quit_signal = 0;
  dt_state.continued = 0;
  dt_state.quit_handlers_installed = 1;
}

/// 1 once after a SIGCONT, then 0 until the next.
static inline int dt_take_continued(void) {
  int was = dt_state.continued;
  dt_state.continued = 0;
  return was;
}

static inline void dt_remove_quit_handlers(void) {
  if (!dt_state.quit_handlers_installed) return;
  for (int i = 0; i < 3; i++) sigaction(dt_quit_signals[i], &dt_state.previous_quit[i], NULL);
  sigaction(SIGCONT, &dt_state.previous_cont, NULL);
  dt_state.quit_handlers_installed = 0;
}

/// 0, or the number of the terminating signal that arrived.
static inline int dt_quit_signal(void) { return dt_state.quit_signal; }

/// Registered with atexit: if the process exits with the screen still open (exit() from anywhere), end ncurses
/// and put the terminal back as it was.
static inline void dt_atexit_restore(void) {
  if (dt_state.screen_open) {
    dt_state.screen_open = 0;
    endwin();
    if (dt_state.termios_saved) tcsetattr(dt_state.tty_fd, TCSANOW, &dt_state.saved_termios);
  }
  dt_release_stderr();
}

/// Registers dt_atexit_restore once.
static inline void dt_register_atexit(void) {
  if (dt_state.atexit_registered) return;
  dt_state.atexit_registered = atexit(dt_atexit_restore) == 0;
}

/// Stops the process group as Ctrl-Z would in a shell, with the default SIGTSTP action (ncurses may have its own
/// handler installed). If the group is orphaned (no job-control shell to resume it), the kernel discards the
/// signal and this returns at once instead of leaving the process stopped forever.
static inline void dt_stop_process_group(void) {
  struct sigaction default_action, previous;
  memset(&default_action, 0, sizeof default_action);
  default_action.sa_handler = SIG_DFL;
  sigemptyset(&default_action.sa_mask);
  sigaction(SIGTSTP, &default_action, &previous);
  sigset_t tstp, old_mask;
  sigemptyset(&tstp);
  sigaddset(&tstp, SIGTSTP);
  sigprocmask(SIG_UNBLOCK, &tstp, &old_mask);
  kill(0, SIGTSTP);
  sigprocmask(SIG_SETMASK, &old_mask, NULL);
  sigaction(SIGTSTP, &previous, NULL);
}

#endif
