// See include/terminal_guard.h. Everything a signal handler touches lives in `guard_state`, defined here once.
// _GNU_SOURCE for memfd_create; this file is compiled on its own, so it does not change the types Swift sees.
#define _GNU_SOURCE
#include "terminal_guard.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <termios.h>
#include <unistd.h>

#define QUIT_SIGNAL_COUNT 9
#define CRASH_SIGNAL_COUNT 9

static const int quit_signals[QUIT_SIGNAL_COUNT] = {SIGTERM, SIGHUP,  SIGINT,    SIGQUIT, SIGUSR1,
                                                    SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF};
static const int crash_signals[CRASH_SIGNAL_COUNT] = {SIGSEGV, SIGBUS, SIGILL,  SIGTRAP, SIGABRT,
                                                      SIGFPE,  SIGSYS, SIGXCPU, SIGXFSZ};

static struct {
  volatile sig_atomic_t quit_signal;  // the first quit signal received; read by the loop
  volatile sig_atomic_t continued;    // SIGCONT received
  volatile sig_atomic_t screen_open;  // ncurses owns the terminal: handlers must restore it
  int tty_fd;                         // where the reset bytes go and whose termios we restore
  int termios_saved;
  struct termios saved_termios;  // as the shell left the terminal, before ncurses changed it
  int saved_stderr;              // the real stderr while it is captured, else -1
  int captured_stderr;           // memory file collecting stderr while the screen is open, else -1
  struct sigaction previous_crash[CRASH_SIGNAL_COUNT];
  int crash_handlers_installed;
  struct sigaction previous_quit[QUIT_SIGNAL_COUNT];
  struct sigaction previous_cont;
  int quit_handlers_installed;
  int atexit_registered;
  void (*close_screen)(void);
} guard_state = {.tty_fd = STDOUT_FILENO, .saved_stderr = -1, .captured_stderr = -1};

// What endwin would send, for handlers, which cannot call ncurses. xterm's sequences, which the terminals in use
// today (xterm, VTE, tmux, screen, kitty, iTerm2, Windows Terminal) all understand: reset attributes, stop every
// mouse mode, cursor keys and keypad back to normal (rmkx), show the cursor, leave the alternate screen.
static const char reset_bytes[] =
    "\x1b[0m\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?1l\x1b>\x1b[?25h\x1b[?1049l\r\n";

static void write_all(int fd, const char *bytes, size_t count) {
  while (count > 0) {
    ssize_t n = write(fd, bytes, count);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    bytes += n;
    count -= (size_t)n;
  }
}

void dt_guard_release_stderr(void) {
  if (guard_state.saved_stderr < 0) return;
  dup2(guard_state.saved_stderr, STDERR_FILENO);
  close(guard_state.saved_stderr);
  guard_state.saved_stderr = -1;
  int captured = guard_state.captured_stderr;
  guard_state.captured_stderr = -1;
  if (captured < 0) return;
  if (lseek(captured, 0, SEEK_SET) == 0) {
    char buffer[4096];
    ssize_t n;
    while ((n = read(captured, buffer, sizeof buffer)) > 0) write_all(STDERR_FILENO, buffer, (size_t)n);
  }
  close(captured);
}

void dt_guard_capture_stderr(void) {
  // Anything written to a terminal stderr while ncurses draws would scribble over the screen and vanish with the
  // alternate screen.
  if (guard_state.saved_stderr >= 0 || !isatty(STDERR_FILENO)) return;
  int memory = memfd_create("dualtohoku-stderr", MFD_CLOEXEC);
  if (memory < 0) return;
  int saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
  if (saved < 0 || dup2(memory, STDERR_FILENO) < 0) {
    if (saved >= 0) close(saved);
    close(memory);
    return;
  }
  guard_state.saved_stderr = saved;
  guard_state.captured_stderr = memory;
}

void dt_guard_save_termios(int fd) {
  guard_state.tty_fd = fd;
  guard_state.termios_saved = tcgetattr(fd, &guard_state.saved_termios) == 0;
}

void dt_guard_set_screen_open(int open) { guard_state.screen_open = open; }

void dt_guard_restore_terminal_raw(void) {
  if (guard_state.termios_saved) tcsetattr(guard_state.tty_fd, TCSANOW, &guard_state.saved_termios);
  write_all(guard_state.tty_fd, reset_bytes, sizeof reset_bytes - 1);
}

static void set_default_action(int sig) {
  struct sigaction default_action;
  memset(&default_action, 0, sizeof default_action);
  default_action.sa_handler = SIG_DFL;
  sigemptyset(&default_action.sa_mask);
  sigaction(sig, &default_action, NULL);
}

static void crash_handler(int sig, siginfo_t *info, void *context) {
  (void)context;
  if (guard_state.screen_open) {
    guard_state.screen_open = 0;
    dt_guard_restore_terminal_raw();
  }
  dt_guard_release_stderr();
  // SA_RESETHAND has put the default action back; put the previous one back instead (the Swift runtime's
  // backtracer, when enabled), so it can still print its report — now on a usable terminal.
  for (int i = 0; i < CRASH_SIGNAL_COUNT; i++) {
    if (crash_signals[i] == sig) sigaction(sig, &guard_state.previous_crash[i], NULL);
  }
  // A fault raised by the kernel (bad address, ud2 from a Swift runtime trap, division by zero) happens again
  // when the instruction is retried on return, now with the true context for the backtrace. SIGTRAP is excluded:
  // after int3 the instruction pointer has already moved on.
  if (info != NULL && info->si_code > 0 && sig != SIGTRAP) return;
  // Sent by kill, raise or abort: deliver it again now (SA_NODEFER: it is not blocked here)…
  raise(sig);
  // …and if the previous handler returned (the backtracer does, expecting a fault to recur), end the process
  // the default way rather than run on with the terminal already given back.
  set_default_action(sig);
  raise(sig);
}

static void quit_handler(int sig) {
  if (guard_state.quit_signal == 0) {
    guard_state.quit_signal = sig;
    return;
  }
  // A second one: the loop did not end after the first (it may be blocked somewhere it should not be). Give the
  // terminal back here and end with the status the first promised.
  int first = guard_state.quit_signal;
  if (guard_state.screen_open) {
    guard_state.screen_open = 0;
    dt_guard_restore_terminal_raw();
  }
  dt_guard_release_stderr();
  _exit(128 + first);
}

static void continue_handler(int sig) {
  (void)sig;
  guard_state.continued = 1;
}

void dt_guard_install_crash_handlers(void) {
  if (guard_state.crash_handlers_installed) return;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_sigaction = crash_handler;
  sigemptyset(&action.sa_mask);
  // SA_ONSTACK: a stack overflow can still be handled when the runtime has set up an alternate stack.
  action.sa_flags = SA_SIGINFO | SA_RESETHAND | SA_NODEFER | SA_ONSTACK;
  for (int i = 0; i < CRASH_SIGNAL_COUNT; i++) sigaction(crash_signals[i], &action, &guard_state.previous_crash[i]);
  guard_state.crash_handlers_installed = 1;
}

void dt_guard_remove_crash_handlers(void) {
  if (!guard_state.crash_handlers_installed) return;
  for (int i = 0; i < CRASH_SIGNAL_COUNT; i++) sigaction(crash_signals[i], &guard_state.previous_crash[i], NULL);
  guard_state.crash_handlers_installed = 0;
}

void dt_guard_install_quit_handlers(void) {
  if (guard_state.quit_handlers_installed) return;
  guard_state.quit_signal = 0;
  guard_state.continued = 0;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = quit_handler;
  sigemptyset(&action.sa_mask);
  // Every quit signal is blocked while one is handled, so the "second signal" path sees a settled first one.
  for (int i = 0; i < QUIT_SIGNAL_COUNT; i++) sigaddset(&action.sa_mask, quit_signals[i]);
  action.sa_flags = 0;
  for (int i = 0; i < QUIT_SIGNAL_COUNT; i++) sigaction(quit_signals[i], &action, &guard_state.previous_quit[i]);
  // SIGCONT: after a stop from outside (kill -STOP, then fg) the shell has put the terminal back in cooked mode;
  // the loop takes the screen again when it sees the flag.
  struct sigaction cont;
  memset(&cont, 0, sizeof cont);
  cont.sa_handler = continue_handler;
  sigemptyset(&cont.sa_mask);
  cont.sa_flags = SA_RESTART;
  sigaction(SIGCONT, &cont, &guard_state.previous_cont);
  guard_state.quit_handlers_installed = 1;
}

void dt_guard_remove_quit_handlers(void) {
  if (!guard_state.quit_handlers_installed) return;
  for (int i = 0; i < QUIT_SIGNAL_COUNT; i++) sigaction(quit_signals[i], &guard_state.previous_quit[i], NULL);
  sigaction(SIGCONT, &guard_state.previous_cont, NULL);
  guard_state.quit_handlers_installed = 0;
}

int dt_guard_quit_signal(void) { return guard_state.quit_signal; }

int dt_guard_take_continued(void) {
  int was = guard_state.continued;
  guard_state.continued = 0;
  return was;
}

static void atexit_restore(void) {
  if (guard_state.screen_open) {
    guard_state.screen_open = 0;
    if (guard_state.close_screen != NULL) guard_state.close_screen();
    if (guard_state.termios_saved) tcsetattr(guard_state.tty_fd, TCSANOW, &guard_state.saved_termios);
  }
  dt_guard_release_stderr();
}

void dt_guard_register_atexit(void (*close_screen)(void)) {
  guard_state.close_screen = close_screen;
  if (guard_state.atexit_registered) return;
  guard_state.atexit_registered = atexit(atexit_restore) == 0;
}

void dt_guard_stop_process_group(void) {
  // The default SIGTSTP action (ncurses may have its own handler installed). If the group is orphaned (no
  // job-control shell to resume it), the kernel discards the signal and this returns at once instead of leaving
  // the process stopped forever.
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
