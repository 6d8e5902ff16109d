#pragma once

#include "ui/inventory/inventorycontext.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace cv::ui {

/// The product's step wizard: Profile, Items, Parameters, UI, Preview, Publish, each done or not done
/// from the cached data, with a "Go to" button.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(QWidget *parent = nullptr);

    /// The step keys, in order (also the product page keys).
    static QStringList stepKeys();

    void setContext(const InventoryContext &context) { m_context = context; }
    /// Re-reads the steps of `productId` from the cache.
    void refresh(const QString &productId);
    bool isStepDone(const QString &key) const { return m_done.value(key); }
    QLabel *stateLabel(const QString &key) const { return m_steps.value(key).state; }
    QPushButton *goToButton(const QString &key) const { return m_steps.value(key).button; }
    void retranslate();

Q_SIGNALS:
    void goToRequested(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Step
    {
        QLabel *number = nullptr;
        QLabel *title = nullptr;
        QLabel *detail = nullptr;
        QLabel *state = nullptr;
        QPushButton *button = nullptr;
    };

    QString stepDetail(const QString &key, bool done) const;
    void showState();

    InventoryContext m_context;
    QString m_productId;
    QLabel *m_heading;
    QLabel *m_summary;
    QHash<QString, Step> m_steps;
    QHash<QString, bool> m_done;
    QHash<QString, int> m_counts;
};

} // namespace cv::ui
