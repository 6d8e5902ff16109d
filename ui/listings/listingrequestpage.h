#pragma once

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace cv::sync {
class AccountServices;
}

namespace cv::ui {

/// One listing request from the cache: type, state, product, marketplace, contract, note and times, with the
/// vendor's actions its state allows (submit, refine, cancel), saved offline and sent with the sync.
class ListingRequestPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingRequestPage)

public:
    explicit ListingRequestPage(QWidget *parent = nullptr);
    void setServices(sync::AccountServices *services);
    void showRequest(const QString &id);
    /// Re-reads the cache; follows a local id renamed by the sync (`renamed`: old -> new ids).
    void refresh(const QHash<QString, QString> &renamed = {});
    QString requestId() const { return m_id; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *refineButton() const { return m_refine; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *stateValue() const { return m_state; }
    QLabel *notice() const { return m_notice; }
    void retranslate();

Q_SIGNALS:
    void backRequested();
    void changed();

private:
    void run(const QString &action);

    QPointer<sync::AccountServices> m_services;
    QString m_id;
    QPushButton *m_back;
    QLabel *m_title;
    QFormLayout *m_form;
    QLabel *m_state;
    QPushButton *m_submit;
    QPushButton *m_refine;
    QPushButton *m_cancel;
    QLabel *m_notice;
};

} // namespace cv::ui
