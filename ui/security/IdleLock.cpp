#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace prihvat {

IdleLock::IdleLock(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_running)
            Q_EMIT idle();
    });
}

IdleLock::~IdleLock()
{
    stop();
}

void IdleLock::setInterval(int ms)
{
    m_timer->setInterval(ms);
    if (m_running)
        m_timer->start();
}

int IdleLock::interval() const
{
    return m_timer->interval();
}

void IdleLock::start()
{
    if (!m_running && QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_running = true;
    m_timer->start();
}

void IdleLock::stop()
{
    if (m_running && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_running = false;
    m_timer->stop();
}

bool IdleLock::isActive() const
{
    return m_running;
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace prihvat
