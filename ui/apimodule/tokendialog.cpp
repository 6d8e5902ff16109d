#include "ui/apimodule/tokendialog.h"

#include "app/api/apiclient.h"
#include "app/apimodule/integrationendpoints.h"
#include "app/apimodule/integrationrules.h"
#include "ui/apimodule/integrationlabels.h"
#include "ui/shell/moduleinfo.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cv::ui {

TokenDialog::TokenDialog(api::ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_pages(new QStackedWidget(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_generate(new QPushButton(tr("Generate"), this))
    , m_tokenTitle(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_header(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy token"), this))
    , m_copyHeader(new QPushButton(tr("Copy header"), this))
    , m_done(new QPushButton(tr("I have copied it"), this))
{
    setObjectName(QStringLiteral("tokenDialog"));
    setWindowTitle(tr("Generate token"));
    m_name->setObjectName(QStringLiteral("tokenName"));
    m_description->setObjectName(QStringLiteral("tokenDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    m_generate->setObjectName(QStringLiteral("tokenGenerate"));
    m_generate->setDefault(true);
    m_secret->setObjectName(QStringLiteral("tokenSecret"));
    m_secret->setReadOnly(true);
    m_header->setObjectName(QStringLiteral("tokenHeader"));
    m_header->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("copyTokenSecret"));
    m_copyHeader->setObjectName(QStringLiteral("copyTokenHeader"));
    m_done->setObjectName(QStringLiteral("tokenDone"));
    m_tokenTitle->setObjectName(QStringLiteral("tokenCreatedTitle"));
    m_tokenTitle->setProperty("cardTitle", true);
    m_tokenTitle->setWordWrap(true);

    // Step 1: what the token is for and what it may do.
    auto *ask = new QWidget(this);
    auto *askLayout = new QVBoxLayout(ask);
    auto *form = new QFormLayout;
    askLayout->addLayout(form);
    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), addProblemLabel(QStringLiteral("name")));
    form->addRow(tr("Description"), m_description);
    form->addRow(QString(), addProblemLabel(QStringLiteral("description")));
    auto *grid = new QGridLayout;
    int index = 0;
    const QStringList ids = apimodule::tokenPermissionIds();
    for (const core::ModuleId module : core::allModules()) {
        const QString id = core::moduleKey(module);
        if (!ids.contains(id))
            continue;
        auto *box = new QCheckBox(ModuleInfo::menuText(module), ask); // "Help && Support": no mnemonic
        box->setObjectName(QStringLiteral("permission-") + id);
        box->setChecked(true);
        m_permissions.insert(id, box);
        grid->addWidget(box, index / 3, index % 3);
        ++index;
    }
    form->addRow(tr("Modules"), grid);
    auto *permissionHint = new QLabel(tr("The token may only call the API of the modules ticked here."), ask);
    permissionHint->setProperty("hint", true);
    permissionHint->setWordWrap(true);
    form->addRow(QString(), permissionHint);
    form->addRow(QString(), addProblemLabel(QString()));
    auto *askButtons = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("Cancel"), ask);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    askButtons->addStretch(1);
    askButtons->addWidget(cancel);
    askButtons->addWidget(m_generate);
    askLayout->addStretch(1); // rows at the top, buttons at the bottom
    askLayout->addLayout(askButtons);

    // Step 2: the secret, this once.
    auto *show = new QWidget(this);
    auto *showLayout = new QVBoxLayout(show);
    showLayout->addWidget(m_tokenTitle);
    auto *warning = new QLabel(tr("Copy the token now. Connect shows it only this once and this app does not "
                                  "keep it: when you close this window it is gone. If you lose it, generate a new "
                                  "token and delete this one."),
        show);
    warning->setWordWrap(true);
    warning->setProperty("error", true);
    showLayout->addWidget(warning);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_copy);
    showLayout->addWidget(new QLabel(tr("Token"), show));
    showLayout->addLayout(secretRow);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_copyHeader);
    showLayout->addWidget(new QLabel(tr("Authorization header for your scripts"), show));
    showLayout->addLayout(headerRow);
    showLayout->addStretch(1);
    auto *doneRow = new QHBoxLayout;
    doneRow->addStretch(1);
    doneRow->addWidget(m_done);
    showLayout->addLayout(doneRow);

    m_pages->addWidget(ask);
    m_pages->addWidget(show);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(600, 420);

    connect(m_generate, &QPushButton::clicked, this, &TokenDialog::generate);
    // A problem goes as soon as its field is edited.
    connect(m_name, &QLineEdit::textEdited, m_problems.value(QStringLiteral("name")), &QLabel::hide);
    connect(
        m_description, &QPlainTextEdit::textChanged, m_problems.value(QStringLiteral("description")), &QLabel::hide);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_secret->text());
        m_copy->setText(tr("Copied"));
    });
    connect(m_copyHeader, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_header->text());
        m_copyHeader->setText(tr("Copied"));
    });
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);
}

TokenDialog::~TokenDialog()
{
    m_secret->clear();
    m_header->clear();
}

QLabel *TokenDialog::addProblemLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("problem-") + (field.isEmpty() ? QStringLiteral("general") : field));
    label->setProperty("error", true);
    label->setWordWrap(true);
    label->hide();
    m_problems.insert(field, label);
    return label;
}

void TokenDialog::clearProblems()
{
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
}

void TokenDialog::generate()
{
    clearProblems();
    auto show = [this](const apimodule::FieldProblem &problem) {
        QLabel *label = m_problems.value(problem.field, m_problems.value(QString()));
        const QString text = IntegrationLabels::problem(problem);
        label->setText(label->text().isEmpty() ? text : label->text() + QLatin1Char('\n') + text);
        label->show();
    };
    const auto problems = apimodule::checkToken(m_name->text(), m_description->toPlainText());
    for (const apimodule::FieldProblem &problem : problems)
        show(problem);
    if (!problems.isEmpty())
        return;
    if (!m_client) {
        show({ QString(), apimodule::FieldProblem::Code::None, 0,
            tr("No account is open: a token is generated by Connect for an account.") });
        return;
    }
    QStringList permissions;
    for (auto it = m_permissions.cbegin(); it != m_permissions.cend(); ++it) {
        if (it.value()->isChecked())
            permissions << it.key();
    }
    permissions.sort();
    m_generate->setEnabled(false);
    m_generate->setText(tr("Generating…"));
    apimodule::generateToken(*m_client, m_name->text(), m_description->toPlainText(), permissions, this,
        [this](const apimodule::TokenResult &result) {
            m_generate->setEnabled(true);
            m_generate->setText(tr("Generate"));
            if (!result) {
                const api::ApiError &error = result.error();
                QLabel *general = m_problems.value(QString());
                if (error.kind != api::ApiError::Kind::Http) {
                    general->setText(
                        tr("Could not reach Connect, so no secret can be shown: Connect makes it and shows it only "
                           "in its answer. Try again when online; if a token of this name shows up after the "
                           "next sync (the answer was lost on the way), delete it. (%1)")
                            .arg(error.summary()));
                    general->show();
                    return;
                }
                if (error.httpStatus == 403 || error.httpStatus == 401) {
                    general->setText(IntegrationLabels::refusal(error.summary()));
                    general->show();
                    return;
                }
                for (const apimodule::FieldProblem &problem : apimodule::problemsInRefusal(error.summary())) {
                    QLabel *label = m_problems.value(problem.field, general);
                    label->setText(IntegrationLabels::problem(problem));
                    label->show();
                }
                return;
            }
            const QJsonObject token = result.value();
            const QString secret = token.value(QStringLiteral("token")).toString();
            m_tokenTitle->setText(
                tr("Token \"%1\" (%2) is ready")
                    .arg(token.value(QStringLiteral("name")).toString(), token.value(QStringLiteral("id")).toString()));
            m_secret->setText(secret);
            m_header->setText(QStringLiteral("Authorization: ApiKey ") + secret);
            m_header->setCursorPosition(0);
            m_secret->setCursorPosition(0);
            m_pages->setCurrentIndex(1);
            m_done->setFocus();
            Q_EMIT generated(token);
        });
}

void TokenDialog::done(int result)
{
    // The secret goes with the window: nothing of it stays in the widgets.
    m_secret->clear();
    m_header->clear();
    QDialog::done(result);
}

} // namespace cv::ui
