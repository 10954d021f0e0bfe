#pragma once
// A plain HTTP server on 127.0.0.1 (a free port) for the tests that prove CityAtlas makes no
// network request it was not allowed to make. It records every connection it accepts, by its
// request line ("GET /x HTTP/1.1"), and answers each with 404 Not Found. It runs in a thread
// of its own, so that it answers while a test waits for the code under test (or a CLI process).
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>

class LoopbackServer : public QThread
{
public:
    LoopbackServer()
    {
        start();
        m_ready.acquire();
    }
    ~LoopbackServer() override
    {
        m_stop = true;
        wait();
    }

    bool isListening() const { return m_port != 0; }
    // "http://127.0.0.1:PORT/path"
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(path);
    }
    // The request lines received so far.
    QStringList requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_requests.clear();
    }

protected:
    void run() override
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0))
            m_port = server.serverPort();
        m_ready.release();
        while (!m_stop && server.isListening()) {
            if (!server.waitForNewConnection(50))
                continue;
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                answer(*socket);
                delete socket;
            }
        }
    }

private:
    void answer(QTcpSocket &socket)
    {
        QByteArray head;
        while (!head.contains("\r\n\r\n") && socket.waitForReadyRead(2000))
            head += socket.readAll();
        const QByteArray line = head.left(head.indexOf("\r\n"));
        {
            QMutexLocker lock(&m_mutex);
            m_requests << (line.isEmpty() ? QStringLiteral("(a connection without a request)") : QString::fromLatin1(line));
        }
        socket.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket.waitForBytesWritten(2000);
        socket.disconnectFromHost();
        if (socket.state() != QAbstractSocket::UnconnectedState)
            socket.waitForDisconnected(2000);
    }

    QSemaphore m_ready;
    std::atomic<bool> m_stop = false;
    std::atomic<quint16> m_port = 0;
    mutable QMutex m_mutex;
    QStringList m_requests;
};
