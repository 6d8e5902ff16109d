#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace cv::listings {
class ListingActions;
}
namespace cv::store {
class ObjectRepository;
}

namespace cv::ui {

/// "Create listing": pick a published product and a marketplace (those where the account has no active
/// distribution contract, or where the product is listed or has a request open, are shown disabled with the
/// reason), add what the marketplace asks for (a note: support contact, local details), and submit. The
/// request is saved at once and sent with the next sync.
class CreateListingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateListingDialog)

public:
    CreateListingDialog(
        store::ObjectRepository &objects, listings::ListingActions &actions, bool online, QWidget *parent = nullptr);

    QComboBox *products() const { return m_products; }
    QListWidget *marketplaces() const { return m_marketplaces; }
    QPlainTextEdit *note() const { return m_note; }
    QCheckBox *submitNow() const { return m_submit; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *errorLabel() const { return m_error; }
    /// The request's (local) id once created.
    QString createdId() const { return m_createdId; }

    void accept() override;

private:
    void fillMarketplaces();
    void updateButtons();

    store::ObjectRepository &m_objects;
    listings::ListingActions &m_actions;
    QComboBox *m_products;
    QListWidget *m_marketplaces;
    QPlainTextEdit *m_note;
    QCheckBox *m_submit;
    QLabel *m_offline;
    QLabel *m_error;
    QLabel *m_hint; ///< why "Create request" is disabled
    QDialogButtonBox *m_buttons;
    QString m_createdId;
};

} // namespace cv::ui
