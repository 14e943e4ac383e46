#include "TestHooks.h"

#include "DesignModel.h"
#include "Document.h"
#include "commands/ChangeElementsCommand.h"
#include "io/DesignJson.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QSaveFile>

#include <cstdio>

namespace pillar {

void runTestHooks(QMainWindow *window, Document *document)
{
    const QString edit = qEnvironmentVariable("PILLAR_TEST_EDIT");
    if (!edit.isEmpty()) {
        const QString id = edit.section(QLatin1Char('='), 0, 0);
        const Element *e = document->model()->element(id);
        if (!e) {
            std::fprintf(stderr, "pillar: PILLAR_TEST_EDIT: no element '%s'\n", qPrintable(id));
        } else {
            Element renamed = *e;
            renamed.name = edit.section(QLatin1Char('='), 1);
            document->push(new ChangeElementsCommand(document->model(), {renamed}, QCoreApplication::translate("TestHooks", "Rename")));
            // Tests time from here: "the edit was made N seconds ago".
            std::fprintf(stderr, "pillar: PILLAR_TEST_EDIT: done\n");
            std::fflush(stderr);
        }
    }
    const QString dump = qEnvironmentVariable("PILLAR_TEST_DUMP");
    if (dump.isEmpty())
        return;
    QString error;
    if (!writeDesignFile(document->model()->design(), dump, &error))
        std::fprintf(stderr, "pillar: PILLAR_TEST_DUMP: %s\n", qPrintable(error));
    QSaveFile state(dump + QStringLiteral(".state"));
    if (state.open(QIODevice::WriteOnly)) {
        state.write("title=" + window->windowTitle().toUtf8() + "\nfile=" + document->filePath().toUtf8()
                    + "\nmodified=" + (document->isModified() ? "1" : "0") + '\n');
        state.commit();
    }
    QCoreApplication::exit(0);
}

} // namespace pillar
