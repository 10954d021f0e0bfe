#pragma once

#include "analysis/feedback.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace CityAtlas {

// Adapts a QPromise to the library's Feedback: progress in percent, cancel from the UI.
template <typename T>
class PromiseFeedback : public Feedback
{
public:
    explicit PromiseFeedback(QPromise<T> &promise) : m_promise(promise) { m_promise.setProgressRange(0, 100); }
    bool isCanceled() const override { return m_promise.isCanceled(); }
    void setProgress(double percent) override { m_promise.setProgressValue(int(percent)); }

private:
    QPromise<T> &m_promise;
};

// Numbers the runs of a panel that can start one before the last has finished (a choice changed
// while computing): only the latest run's result may be shown. An earlier run that finishes
// after it would otherwise show numbers for a choice no longer made.
class LatestRun
{
public:
    int start() { return ++m_latest; }
    bool isLatest(int run) const { return run == m_latest; }

private:
    int m_latest = 0;
};

// Runs work(feedback) on Qt's thread pool while a progress dialog with a Cancel button
// shows its progress; done(result) runs on the UI thread unless the user cancelled, once
// the progress dialog is gone.
// Result may be move-only.
template <typename Result>
void runInBackground(QWidget *parent, const QString &label,
                     std::function<Result(Feedback *)> work,
                     std::function<void(Result)> done)
{
    auto *watcher = new QFutureWatcher<Result>(parent);
    auto *dialog = new QProgressDialog(label, QProgressDialog::tr("Cancel"), 0, 100, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    QObject::connect(watcher, &QFutureWatcher<Result>::progressValueChanged, dialog, &QProgressDialog::setValue);
    QObject::connect(dialog, &QProgressDialog::canceled, watcher, [watcher] { watcher->future().cancel(); });
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, parent, [watcher, dialog, done] {
        delete dialog; // gone before done() shows anything, such as a message box
        QFuture<Result> future = watcher->future();
        watcher->deleteLater();
        if (!future.isCanceled() && future.resultCount() > 0)
            done(future.takeResult());
    });
    watcher->setFuture(QtConcurrent::run([work](QPromise<Result> &promise) {
        PromiseFeedback<Result> feedback(promise);
        promise.addResult(work(&feedback));
    }));
}

} // namespace CityAtlas
