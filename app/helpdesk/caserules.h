#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cv::helpdesk::rules {

/// The largest attachment the client sends to a case. Connect's specification documents no limit for
/// `POST /helpdesk/cases/{id}/attachments` (operation helpdesk_cases_attachments_list_createAttachment, in
/// tests/data/connect-api/specs.yml) and REFERENCE §3.26 names none. 25 MiB is the figure this app and the sandbox
/// agree on: under the sandbox's 32 MiB request limit (sandbox/sandboxserver.cpp) with room for the multipart
/// framing. The sandbox refuses larger files with its own copy of the figure (sandbox/api/helpdeskapi.cpp), kept
/// apart on purpose and compared by tests/unit/tst_rulesagreement.cpp; change both if Connect states its own.
constexpr qint64 kMaxAttachmentBytes = 25LL * 1024 * 1024;
constexpr int kMaxSubjectLength = 300; ///< REFERENCE §3.26
constexpr int kMaxDescriptionLength = 10000; ///< REFERENCE §3.26

/// The states of a case and the actions that lead out of them (REFERENCE §3.26): new cases start pending;
/// inquire only from pending; pend from inquiring or resolved; resolve from pending; close from resolved.
QStringList actionsFrom(const QString &state);
/// The state `action` leads to ("inquire" -> "inquiring"); "" for an unknown action.
QString stateAfter(const QString &action);

/// Problems with a new case, as "field: message" texts; empty = valid.
QStringList validateCase(const QString &subject, const QString &description, int priority);
/// Problems with a reply ("text: ..."); empty = valid.
QStringList validateReply(const QString &text);
/// Problems with an attachment of `size` bytes named `name` ("attachments: ..."); empty = valid.
QStringList validateAttachment(const QString &name, qint64 size);

} // namespace cv::helpdesk::rules
