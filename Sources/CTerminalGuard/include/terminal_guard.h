// The process-wide safety net around a full-screen terminal program: signals that end the program become a flag
// the loop reads, crashes and exit() restore the terminal, stderr is held back while the screen shows.
//
// Its state is defined once, in terminal_guard.c. (It used to be `static` in a shim header, which gave every Swift
// module that inlined a shim function its own copy: in a release build the handler wrote one copy, the loop read
// the other, and SIGTERM was ignored.) Only plain C types cross this header, so Swift imports it as is.
#ifndef DUALTOHOKU_TERMINAL_GUARD_H
#define DUALTOHOKU_TERMINAL_GUARD_H

/// Saves the terminal modes of `fd` (the terminal's output) before ncurses changes them.
void dt_guard_save_termios(int fd);

/// Installs the flag handlers for every signal whose default action ends the process without a core
/// (SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF) and for SIGCONT. Done before
/// newterm, so ncurses sees them taken and installs none of its own. No SA_RESTART: a blocking read returns.
void dt_guard_install_quit_handlers(void);
void dt_guard_remove_quit_handlers(void);

/// Installs the crash handlers (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS, SIGXCPU, SIGXFSZ):
/// restore the terminal, then let the signal end the process as it would have.
void dt_guard_install_crash_handlers(void);
void dt_guard_remove_crash_handlers(void);

/// 1 while ncurses owns the terminal: a crash, a second quit signal or exit() must then give it back.
void dt_guard_set_screen_open(int open);

/// 0, or the number of the first quit signal that arrived since the handlers were installed.
int dt_guard_quit_signal(void);

/// 1 once after a SIGCONT (the process was stopped, by us or from outside, and continued), then 0.
int dt_guard_take_continued(void);

/// While the screen is open, collect what is written to a terminal stderr in a memory file; release puts the
/// real stderr back and copies it out (async-signal-safe, so the crash handler uses it too).
void dt_guard_capture_stderr(void);
void dt_guard_release_stderr(void);

/// Registers, once, an exit handler that ends ncurses (`close_screen`, called only while the screen is open) and
/// restores the saved terminal modes.
void dt_guard_register_atexit(void (*close_screen)(void));

/// Stops the process group as Ctrl-Z does in a shell; returns when continued (at once if the group is orphaned).
void dt_guard_stop_process_group(void);

/// The terminal as the shell had it, without ncurses: saved modes back, reset bytes written. Async-signal-safe.
void dt_guard_restore_terminal_raw(void);

#endif
