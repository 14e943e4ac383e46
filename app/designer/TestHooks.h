#pragma once

class QMainWindow;

namespace pillar {

class Document;

// Drives a real `pillar` process from a test without a user, through
// environment variables (unset in normal use, so nothing happens):
//   PILLAR_TEST_EDIT="ID=NAME"  renames element ID (an undoable edit, like a user's)
//                               and prints "pillar: PILLAR_TEST_EDIT: done" to stderr
//   PILLAR_TEST_DUMP=PATH       writes the design to PATH and the window state
//                               (title, file, modified) to PATH.state, then quits
// Crash-recovery tests start pillar, edit, let autosave run, SIGKILL it, start
// it again with PILLAR_TEST_RECOVERY (see FileActions::offerRecovery) and dump.
void runTestHooks(QMainWindow *window, Document *document);

} // namespace pillar
