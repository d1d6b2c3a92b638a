#pragma once

#include <QObject>

class QTimer;

namespace prihvat {

// Fires `idle` when no key, mouse or touch input reached the application for the set time.
// Watches every event of the application (an event filter on it) while running.
class IdleLock final : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(QObject* parent = nullptr);
    ~IdleLock() override;

    void setInterval(int ms);
    int interval() const;
    void start();
    void stop();
    bool isActive() const;

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer = nullptr;
    bool m_running = false;
};

} // namespace prihvat
