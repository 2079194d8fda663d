#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace catnet::ui {

// A message above the tabs that stays until the learner dismisses it, for what must
// not go unseen (a run that could not be kept, kept runs that could not be read). It
// may offer one action ("Save as…").
class NoticeBar : public QFrame {
    Q_OBJECT
public:
    explicit NoticeBar(QWidget* parent = nullptr);

    // Shows `message`; with an `actionText`, a button that runs `action`.
    void showNotice(const QString& message, const QString& actionText = {}, std::function<void()> action = {});
    // Shows `summary`, every one of `problems` ("path: reason") in its tooltip, and a
    // button that copies them all: a hundred unreadable files stay one short line.
    void showProblems(const QString& summary, const QStringList& problems);
    // The kept runs that could not be read at start, as showProblems does.
    void showSkippedRuns(const QStringList& problems);
    QString text() const;
    QString details() const;

    // "name: reason; name: reason; name: reason and N more": file names without their
    // folders, at most `shown` of them.
    static QString shortList(const QStringList& problems, int shown = 3);

private:
    QLabel* message_;
    QPushButton* action_;
    std::function<void()> run_;
};

} // namespace catnet::ui
