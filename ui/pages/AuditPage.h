#pragma once

#include "Page.h"

#include <cstdint>

class QPushButton;
class QTableWidget;

namespace prihvat {

// Administrators only: the audit trail of this device, newest first, a page at a time,
// with the outcome of checking its hash chain ("intact", or the first entry where it
// breaks). Entries never hold record content, so nothing here is withheld.
class AuditPage final : public Page
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    explicit AuditPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("audit"); }
    QString title() const override { return tr("Audit trail"); }
    void retranslate() override;
    void activate() override;

    // Re-reads the shown page and checks the chain again.
    void refresh();
    void showOlder();
    void showNewer();
    int offset() const { return m_offset; }
    // The chain check as shown.
    QString verification() const;

    // An entry kind in words ("login_failed" → "Wrong password").
    static QString kindLabel(const QString& kind);

private:
    void load();
    void verify();

    QLabel* m_heading = nullptr;
    QLabel* m_verify = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_position = nullptr;
    QPushButton* m_newer = nullptr;
    QPushButton* m_older = nullptr;
    QPushButton* m_check = nullptr;
    int m_offset = 0;
    std::int64_t m_total = 0;
};

} // namespace prihvat
