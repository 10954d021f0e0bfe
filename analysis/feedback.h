#pragma once

#include <atomic>

namespace CityAtlas {

// Progress and cancellation for long computations, in the spirit of QgsFeedback.
// Library code polls isCanceled() and reports progress; the GUI adapts it to a QPromise.
class Feedback
{
public:
    virtual ~Feedback() = default;
    virtual bool isCanceled() const = 0;
    virtual void setProgress(double percent) = 0;
};

// A Feedback that can be cancelled from another thread and remembers the last progress.
class SimpleFeedback : public Feedback
{
public:
    bool isCanceled() const override { return m_canceled.load(); }
    void cancel() { m_canceled.store(true); }
    void setProgress(double percent) override { m_progress.store(percent); }
    double progress() const { return m_progress.load(); }

private:
    std::atomic<bool> m_canceled{false};
    std::atomic<double> m_progress{0.0};
};

} // namespace CityAtlas
